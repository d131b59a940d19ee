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
