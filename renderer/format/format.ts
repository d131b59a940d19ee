// Direct paths, not shared/index: this file is in the start-up paint's small first module.
import { quarterLabel, parseQuarterKey } from '../../shared/calendar/fiscal';
import type { Currency } from '../../shared/money/money';

/**
 * Locale-aware display of the app's numbers. Money stays integer minor units until here; the
 * formatter divides only for display. Each program shows its own currency.
 */
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(key, format);
  }
  return format;
}

/**
 * One minus sign everywhere: Intl writes a hyphen-minus in some locales and U+2212 in others, and
 * the explanations write U+2212 between terms; negative figures use U+2212 in every language.
 */
function oneMinus(text: string): string {
  return text.replace(/-/g, '\u2212');
}

export function formatMoney(
  cents: number,
  currency: Currency,
  locale: string,
  options: { whole?: boolean } = {},
): string {
  const digits = options.whole ? 0 : 2;
  return oneMinus(
    numberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(cents / 100),
  );
}

/** Money in a few characters for chart axes: "$1.2M", "1,2 Mio. $", "1,2 M$US", "US$120万". */
export function formatMoneyCompact(cents: number, currency: Currency, locale: string): string {
  return oneMinus(
    numberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      minimumFractionDigits: 0,
      maximumFractionDigits: 1,
    }).format(cents / 100),
  );
}

export function formatNumber(value: number, locale: string): string {
  return oneMinus(numberFormat(locale, { maximumFractionDigits: 0 }).format(value));
}

/** Basis points as a percentage, e.g. 1863 → "18.6 %". */
export function formatPercentBps(bps: number, locale: string, digits = 1): string {
  return oneMinus(
    numberFormat(locale, {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    }).format(bps / 10_000),
  );
}

// Building an Intl formatter costs far more than using one: long lists format thousands of dates.
const dateCache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateCache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateCache.set(key, format);
  }
  return format;
}

export function formatDate(
  iso: string,
  locale: string,
  style: 'medium' | 'short' = 'medium',
): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

export function formatDateTime(iso: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** Quarter key 'FY2026-Q1' → the vendor's label 'FY26/27 Q1' (digits in the locale's numerals). */
export function formatQuarter(key: string): string {
  return quarterLabel(parseQuarterKey(key));
}
