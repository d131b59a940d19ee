/**
 * Parses money typed the way people type it, in any of the app's languages: "7745", "7,745.00",
 * "7.745,00", "7 745,00", "$7,745", "7'745.50". Exact: the digits become integer cents, never a
 * float. A single separator followed by exactly three digits is a thousands separator.
 */
export type MoneyParse =
  | { readonly ok: true; readonly cents: number }
  | { readonly ok: false; readonly error: 'empty' | 'invalid' | 'tooManyDecimals' | 'tooLarge' };

export function parseMoneyInput(text: string): MoneyParse {
  const cleaned = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  if (text.trim() === '') return { ok: false, error: 'empty' };
  if (cleaned === '') return { ok: false, error: 'invalid' };
  if (!/^\d[\d.,]*$|^[.,]\d+$/.test(cleaned)) return { ok: false, error: 'invalid' };
  const lastDot = cleaned.lastIndexOf('.');
  const lastComma = cleaned.lastIndexOf(',');
  let decimalAt = -1;
  if (lastDot >= 0 && lastComma >= 0) decimalAt = Math.max(lastDot, lastComma);
  else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    if (sep) {
      const at = cleaned.lastIndexOf(sep);
      const occurrences = cleaned.split(sep).length - 1;
      const after = cleaned.length - at - 1;
      if (occurrences === 1 && after !== 3) decimalAt = at;
    }
  }
  const whole = (decimalAt >= 0 ? cleaned.slice(0, decimalAt) : cleaned).replace(/[.,]/g, '');
  const fraction = decimalAt >= 0 ? cleaned.slice(decimalAt + 1) : '';
  if (/[.,]/.test(fraction)) return { ok: false, error: 'invalid' };
  if (decimalAt >= 0 && whole !== '' && !validGrouping(cleaned.slice(0, decimalAt)))
    return { ok: false, error: 'invalid' };
  if (decimalAt < 0 && /[.,]/.test(cleaned) && !validGrouping(cleaned))
    return { ok: false, error: 'invalid' };
  if (fraction.length > 2) return { ok: false, error: 'tooManyDecimals' };
  const cents = Number(whole || '0') * 100 + Number(fraction.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return { ok: false, error: 'tooLarge' };
  return { ok: true, cents };
}

/** "7,745" / "7.745.000" / "7745": groups of three after the first. */
function validGrouping(whole: string): boolean {
  return /^\d+$/.test(whole) || /^\d{1,3}([.,]\d{3})+$/.test(whole);
}

/** Cents as plain input text in the user's locale, e.g. 774500 → "7,745.00" / "7.745,00". */
export function centsToInput(cents: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    useGrouping: true,
  }).format(cents / 100);
}
