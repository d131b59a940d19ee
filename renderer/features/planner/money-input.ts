import {
  readNumber,
  type DecimalMark,
  type ThousandsMark,
  type WrittenNumber,
} from '../../../shared/import/index';

/**
 * What the planner's number fields accept, read in the user's locale ("7.745,00" in de, "7,745.00"
 * in en, "7 745,00" in fr/pl) and never changed silently: a value the plan cannot hold exactly is
 * refused with a reason instead of being rounded, truncated or sign-flipped.
 */

/**
 * The largest amount a money field (or a line total, unit × quantity) may hold: $1,000,000,000.00.
 * Why this bound: the calculators multiply amounts by rates in basis points (≤ 10,000), so every
 * product stays ≤ 10^15 < 2^53 and exact in plain integer arithmetic, and even 90,000 lines at
 * the maximum still sum to a safe integer. No reseller quote comes near it.
 */
export const MAX_MONEY_CENTS = 100_000_000_000;
/** The largest quantity of one line: the volume rule's upper bound ("some lines to 99,999"). */
export const MAX_QUANTITY = 99_999;
/** USD and EUR have two decimals; a third one is a typo, not a price. */
export const CURRENCY_DIGITS = 2;

export type MoneyError = 'empty' | 'invalid' | 'negative' | 'tooManyDecimals' | 'tooLarge';
export type QuantityError = 'empty' | 'invalid' | 'negative' | 'notWhole' | 'zero' | 'tooLarge';

export type MoneyParse =
  | { readonly ok: true; readonly cents: number }
  | { readonly ok: false; readonly error: MoneyError };

export type QuantityParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly error: QuantityError };

export interface NumberMarks {
  readonly decimal: DecimalMark;
  readonly thousands: ThousandsMark;
}

const marksCache = new Map<string, NumberMarks>();

/** The decimal mark and thousands separator Intl uses for `locale` (de: "," and "."). */
export function localeMarks(locale: string): NumberMarks {
  const cached = marksCache.get(locale);
  if (cached) return cached;
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.5);
  const decimal: DecimalMark = parts.find((p) => p.type === 'decimal')?.value === ',' ? ',' : '.';
  const group = parts.find((p) => p.type === 'group')?.value ?? '';
  const thousands: ThousandsMark =
    group === '.' || group === ',' || group === "'" || group === '' ? group : ' ';
  const marks = { decimal, thousands };
  marksCache.set(locale, marks);
  return marks;
}

/**
 * Reads a number in the locale's style. The other style is accepted only when the text decides it
 * by itself (both marks present, the last one being the decimal mark: "3.140,00" typed in en).
 * A grouped number may not start with 0: "0,001" is neither 1 nor 0.001 in en.
 */
function readInLocale(text: string, locale: string): WrittenNumber | null {
  const marks = localeMarks(locale);
  const own = readNumber(text, marks.decimal, marks.thousands);
  if (own) return hasGroupedLeadingZero(text, own, marks.thousands) ? null : own;
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot < 0 || lastComma < 0) return null;
  const other: NumberMarks =
    lastComma > lastDot ? { decimal: ',', thousands: '.' } : { decimal: '.', thousands: ',' };
  const read = readNumber(text, other.decimal, other.thousands);
  return read && !hasGroupedLeadingZero(text, read, other.thousands) ? read : null;
}

function hasGroupedLeadingZero(text: string, n: WrittenNumber, thousands: ThousandsMark): boolean {
  if (n.int.length < 2 || !n.int.startsWith('0') || thousands === '') return false;
  return thousands === ' ' ? /\d[\s\u00a0\u202f\u2009]\d/.test(text) : text.includes(thousands);
}

/** Money as typed, to exact integer cents (from the digits, never through a float). */
export function parseMoneyInput(text: string, locale: string): MoneyParse {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const n = readInLocale(text, locale);
  if (!n) return { ok: false, error: 'invalid' };
  if (n.negative && /[1-9]/.test(n.int + n.frac)) return { ok: false, error: 'negative' };
  if (n.frac.length > CURRENCY_DIGITS) return { ok: false, error: 'tooManyDecimals' };
  const int = n.int.replace(/^0+(?=\d)/, '');
  if (int.length > 12) return { ok: false, error: 'tooLarge' };
  const cents = Number(int) * 100 + Number(n.frac.padEnd(CURRENCY_DIGITS, '0'));
  if (cents > MAX_MONEY_CENTS) return { ok: false, error: 'tooLarge' };
  return { ok: true, cents };
}

/** A line's quantity: whole units in the locale's style ("1.000" in de is 1000, "2,5" is refused). */
export function parseQuantityInput(text: string, locale: string): QuantityParse {
  if (text.trim() === '') return { ok: false, error: 'empty' };
  const n = readInLocale(text, locale);
  if (!n) return { ok: false, error: 'invalid' };
  if (/[1-9]/.test(n.frac)) return { ok: false, error: 'notWhole' };
  const int = n.int.replace(/^0+(?=\d)/, '');
  if (n.negative && int !== '0') return { ok: false, error: 'negative' };
  if (int.length > 6) return { ok: false, error: 'tooLarge' };
  const value = Number(int);
  if (value === 0) return { ok: false, error: 'zero' };
  if (value > MAX_QUANTITY) return { ok: false, error: 'tooLarge' };
  return { ok: true, value };
}

/** Cents as plain input text in the user's locale, e.g. 774500 → "7,745.00" / "7.745,00". */
export function centsToInput(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  }).format(cents / 100);
}

/** A quantity as input text in the user's locale (1000 → "1.000" in de). */
export function quantityToInput(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: true }).format(
    value,
  );
}
