import type { Currency } from '../../shared/index';
import type { CellInput, ColumnKind } from './workbook-spec';

/** Excel number formats per column kind (language-neutral codes; Excel localises separators). */
export function numberFormat(kind: ColumnKind, currency?: Currency): string | undefined {
  switch (kind) {
    case 'money':
      return currency === 'EUR' ? '#,##0.00 [$€-x-euro2]' : '[$$-en-US]#,##0.00';
    case 'amount':
      return '#,##0.00';
    case 'percent':
      return '0.0%';
    case 'integer':
      return '#,##0';
    case 'date':
      return 'yyyy-mm-dd';
    default:
      return undefined;
  }
}

const EPOCH_1899 = Date.UTC(1899, 11, 30);

/** Days since Excel's epoch for an ISO date (no time zone involved). */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return Number.NaN;
  return (Date.UTC(y, m - 1, d) - EPOCH_1899) / 86_400_000;
}

/** An app value as the number or text Excel stores: cents → units, bps → fraction, date → serial. */
export function excelValue(kind: ColumnKind, value: CellInput): string | number | null {
  if (value === null) return null;
  if (typeof value === 'string') {
    if (kind === 'date' && /^\d{4}-\d{2}-\d{2}/.test(value)) return excelSerial(value);
    return value;
  }
  switch (kind) {
    case 'money':
    case 'amount':
      return value / 100;
    case 'percent':
      return value / 10_000;
    default:
      return value;
  }
}

// East Asian wide and full-width characters take two columns in a spreadsheet cell.
const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Width of a text in character columns: a CJK character counts as two. */
export function displayWidth(text: string): number {
  // Below U+1100 nothing is wide (surrogate pairs are above it): most texts end here, cheaply.
  let narrow = true;
  for (let i = 0; i < text.length && narrow; i++) narrow = text.charCodeAt(i) < 0x1100;
  if (narrow) return text.length;
  let width = 0;
  for (const char of text) width += WIDE.test(char) ? 2 : 1;
  return width;
}

/**
 * Characters of a whole number written with thousands separators ("-1,234,567" is 10). Counted,
 * not formatted: Intl.NumberFormat for every number cell was a tenth of a 100,000-line export.
 */
export function groupedWidth(whole: number): number {
  const digits = String(Math.abs(whole)).length;
  return digits + Math.floor((digits - 1) / 3) + (whole < 0 ? 1 : 0);
}

/** How many columns a value takes once Excel formats it with the column's number format. */
export function valueWidth(kind: ColumnKind, value: CellInput): number {
  if (value === null) return 0;
  if (typeof value === 'string') return kind === 'date' ? 10 : displayWidth(value);
  const sign = value < 0 ? 1 : 0;
  switch (kind) {
    case 'money':
      // Grouped units, two decimals and the currency sign.
      return sign + groupedWidth(Math.trunc(Math.abs(value) / 100)) + 5;
    case 'amount':
      return sign + groupedWidth(Math.trunc(Math.abs(value) / 100)) + 3;
    case 'percent':
      return 7;
    case 'date':
      return 10;
    default:
      return groupedWidth(Math.round(value));
  }
}

export const MIN_COLUMN_WIDTH = 8;
export const MAX_COLUMN_WIDTH = 60;

/** A column width (in Excel's character units) that shows the widest of the given widths. */
export function columnWidth(widest: number): number {
  // Bold headers and Excel's cell padding need a little more than the characters.
  return Math.min(MAX_COLUMN_WIDTH, Math.max(MIN_COLUMN_WIDTH, Math.ceil(widest * 1.1) + 2));
}
