import type { DecimalMark, ThousandsMark } from './types';

/** The digits of a number as written, before any conversion (so no float ever drifts). */
interface Scan {
  negative: boolean;
  int: string;
  frac: string;
}

const ZERO = 48;
const NINE = 57;

function isDigit(c: number): boolean {
  return c >= ZERO && c <= NINE;
}

function isSpaceMark(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Strips a currency symbol or code before or after the number ("€ 12,50", "12.50 USD"). */
function stripCurrency(text: string): string {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if ((isDigit(first) || first === 45) && isDigit(last)) return text;
  return text.replace(/^(?:US\$|USD|EUR|\$|€)\s*/i, '').replace(/\s*(?:US\$|USD|EUR|\$|€)$/i, '');
}

/**
 * Reads the sign and digits of `text` written with the given decimal mark and thousands
 * separator. Thousands separators must group by three ("1.234.567,89"; not "12.34,5").
 * Accepts a leading or trailing minus, the Unicode minus, a plus, accounting parentheses and a
 * currency symbol or code. Null when the text is not such a number.
 */
function scan(raw: string, decimal: DecimalMark, thousands: ThousandsMark): Scan | null {
  let text = raw.trim();
  if (text.length === 0) return null;
  text = stripCurrency(text);
  let negative = false;
  let start = 0;
  let end = text.length;
  if (text.charCodeAt(0) === 40 && text.charCodeAt(end - 1) === 41) {
    negative = true;
    start = 1;
    end -= 1;
  }
  const lead = text.charCodeAt(start);
  if (lead === 45 || lead === 0x2212 || lead === 43) {
    negative = negative || lead !== 43;
    start++;
  } else if (text.charCodeAt(end - 1) === 45) {
    negative = true;
    end--;
  }
  const dec = decimal.charCodeAt(0);
  const thou = thousands === '' ? -1 : thousands.charCodeAt(0);
  const spaceThousands = thousands === ' ';
  let int = '';
  let frac = '';
  let inFrac = false;
  let group = 0; // digits since the last thousands separator
  let grouped = false;
  let digitsBefore = 0;
  let runStart = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      group++;
      continue;
    }
    if (inFrac) return null;
    if (c === dec) {
      if (grouped && group !== 3) return null;
      int += text.slice(runStart, i);
      digitsBefore += group;
      inFrac = true;
      runStart = i + 1;
      group = 0;
      continue;
    }
    if (c === thou || (spaceThousands && isSpaceMark(c))) {
      if (group === 0 || (grouped ? group !== 3 : group > 3)) return null;
      int += text.slice(runStart, i);
      digitsBefore += group;
      grouped = true;
      group = 0;
      runStart = i + 1;
      continue;
    }
    return null;
  }
  if (inFrac) {
    frac = text.slice(runStart, end);
    if (digitsBefore === 0 && frac.length === 0) return null;
  } else {
    if (grouped && group !== 3) return null;
    int += text.slice(runStart, end);
    if (int.length === 0) return null;
  }
  return { negative, int: int.length === 0 ? '0' : int, frac };
}

/** The sign and digits of a number as written (no conversion, no rounding). */
export interface WrittenNumber {
  readonly negative: boolean;
  /** Integer digits without separators ("0" when none were written). */
  readonly int: string;
  /** Decimal digits exactly as written ("" when none). */
  readonly frac: string;
}

/**
 * Reads `text` written with the given decimal mark and thousands separator (the same grammar as
 * `parseAmount`) without rounding, so a caller can refuse what it cannot hold exactly (a fourth
 * decimal, a fraction of a unit) instead of silently changing it. Null when not such a number.
 */
export function readNumber(
  text: string,
  decimal: DecimalMark,
  thousands: ThousandsMark,
): WrittenNumber | null {
  return scan(text, decimal, thousands);
}

/**
 * Parses an amount to integer cents from its digits (never through a float): "1.234,56" with
 * decimal "," and thousands "." → 123456. More than two decimals round half away from zero.
 * Null when the text is not a number in that style, or too large to be exact.
 */
export function parseAmount(
  text: string,
  decimal: DecimalMark,
  thousands: ThousandsMark,
): number | null {
  const fast = plainAmount(text, decimal.charCodeAt(0));
  if (fast >= 0) return fast;
  const s = scan(text, decimal, thousands);
  if (!s) return null;
  const whole = Number(s.int);
  const cents2 = s.frac.length >= 2 ? s.frac.slice(0, 2) : (s.frac + '00').slice(0, 2);
  let cents = whole * 100 + Number(cents2);
  if (s.frac.length > 2 && s.frac.charCodeAt(2) >= 53) cents += 1; // half away from zero
  if (!Number.isSafeInteger(cents)) return null;
  return s.negative && cents !== 0 ? -cents : cents;
}

/**
 * Fast path for the common shape "1234" / "1234.5" / "1234.56" (digits, at most one decimal
 * mark, at most two decimals, at most 13 integer digits): cents, or -1 to use the full parser.
 */
function plainAmount(text: string, dec: number): number {
  const n = text.length;
  if (n === 0 || n > 16) return -1;
  let whole = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= ZERO && c <= NINE) whole = whole * 10 + (c - ZERO);
    else if (c === dec && i > 0) break;
    else return -1;
  }
  if (i === n) return i > 13 ? -1 : whole * 100;
  const decimals = n - i - 1;
  if (decimals < 1 || decimals > 2 || i > 13) return -1;
  const d1 = text.charCodeAt(i + 1) - ZERO;
  const d2 = decimals === 2 ? text.charCodeAt(i + 2) - ZERO : 0;
  if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return -1;
  return whole * 100 + d1 * 10 + d2;
}

/** Digits only (at most 15): the number, or -1. */
export function plainWholeNumber(text: string): number {
  const n = text.length;
  if (n === 0 || n > 15) return -1;
  let value = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO || c > NINE) return -1;
    value = value * 10 + (c - ZERO);
  }
  return value;
}

export type IntegerParse =
  | { readonly ok: true; readonly value: number }
  | { readonly ok: false; readonly problem: 'not_number' | 'fraction' };

/** Parses a whole number ("1.000" in a decimal-comma file is 1000; "2,0" is 2; "2,5" is not). */
export function parseWholeNumber(
  text: string,
  decimal: DecimalMark,
  thousands: ThousandsMark,
): IntegerParse {
  const s = scan(text, decimal, thousands);
  if (!s) return NOT_NUMBER;
  for (let i = 0; i < s.frac.length; i++) if (s.frac.charCodeAt(i) !== ZERO) return FRACTION;
  const value = Number(s.int);
  if (!Number.isSafeInteger(value)) return NOT_NUMBER;
  return { ok: true, value: s.negative && value !== 0 ? -value : value };
}

const NOT_NUMBER: IntegerParse = { ok: false, problem: 'not_number' };
const FRACTION: IntegerParse = { ok: false, problem: 'fraction' };

export interface NumberStyle {
  readonly decimal: DecimalMark;
  readonly thousands: ThousandsMark;
  /** False when the values gave no evidence at all (plain integers only). */
  readonly decided: boolean;
}

/**
 * Infers the decimal mark and thousands separator of a column from its values.
 * A value with both "." and "," is decisive (the last one is the decimal mark); a mark that
 * appears twice is a thousands separator; a single mark followed by 1, 2 or 4+ digits is a
 * decimal mark. A single mark followed by exactly three digits ("1.234") is ambiguous: when
 * nothing else decides, it is read as a thousands separator (prices with three decimals are
 * rarer than prices over 1,000).
 */
export function detectNumberStyle(values: Iterable<string>): NumberStyle {
  const detector = new NumberStyleDetector();
  for (const value of values) detector.add(value);
  return detector.result();
}

/** `detectNumberStyle` fed one value at a time (lets the importer scan all columns in one pass). */
export class NumberStyleDetector {
  private decDot = 0;
  private decComma = 0;
  private ambDot = 0;
  private ambComma = 0;
  private thouDot = 0;
  private thouComma = 0;
  private thouSpace = 0;
  private thouApos = 0;

  add(value: string): void {
    let dots = 0;
    let commas = 0;
    let lastDot = -1;
    let lastComma = -1;
    let digits = false;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 46) {
        dots++;
        lastDot = i;
      } else if (c === 44) {
        commas++;
        lastComma = i;
      } else if (isDigit(c)) digits = true;
      else if (digits && i + 1 < value.length && isDigit(value.charCodeAt(i + 1))) {
        if (isSpaceMark(c)) this.thouSpace++;
        else if (c === 39 || c === 0x2019) this.thouApos++;
      }
    }
    if (!digits) return;
    if (dots > 0 && commas > 0) {
      if (lastComma > lastDot) {
        this.decComma++;
        this.thouDot++;
      } else {
        this.decDot++;
        this.thouComma++;
      }
    } else if (dots > 1) this.thouDot++;
    else if (commas > 1) this.thouComma++;
    else if (dots === 1) {
      if (trailingDigits(value, lastDot) === 3) this.ambDot++;
      else this.decDot++;
    } else if (commas === 1) {
      if (trailingDigits(value, lastComma) === 3) this.ambComma++;
      else this.decComma++;
    }
  }

  result(): NumberStyle {
    const { decDot, decComma, ambDot, ambComma, thouDot, thouComma, thouSpace, thouApos } = this;
    let decimal: DecimalMark;
    let decided = true;
    if (decDot + decComma > 0) decimal = decComma > decDot ? ',' : '.';
    else if (thouDot + thouComma > 0) decimal = thouDot > thouComma ? ',' : '.';
    else if (ambDot + ambComma > 0) decimal = ambDot > ambComma ? ',' : '.';
    else if (thouSpace + thouApos > 0) decimal = '.';
    else {
      decimal = '.';
      decided = false;
    }
    let thousands: ThousandsMark = '';
    if (thouSpace > 0 || thouApos > 0) thousands = thouSpace >= thouApos ? ' ' : "'";
    else if (decimal === ',' && thouDot + ambDot > 0) thousands = '.';
    else if (decimal === '.' && thouComma + ambComma > 0) thousands = ',';
    return { decimal, thousands, decided };
  }
}

function trailingDigits(value: string, from: number): number {
  let n = 0;
  for (let i = from + 1; i < value.length && isDigit(value.charCodeAt(i)); i++) n++;
  return n;
}
