import type { CellValue } from 'exceljs';
import { loadExcelJs } from '../excel/load-exceljs';

/** The first worksheet as text cells, with each row's number as Excel shows it. */
export interface Sheet {
  readonly records: string[][];
  readonly rowNumbers: number[];
}

/** True when the bytes start with the ZIP signature PK\x03\x04 (an XLSX is a ZIP). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/**
 * Reads the first worksheet with exceljs (loaded on demand so CSV imports don't pay for it).
 * Date cells become ISO dates, numbers become text with "." as decimal mark, formulas give
 * their cached result. Throws whatever exceljs throws on a broken file; the caller turns that
 * into a file error.
 */
export async function readXlsx(bytes: Uint8Array): Promise<Sheet> {
  const ExcelJS = await loadExcelJs();
  const workbook = new ExcelJS.Workbook();
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  const records: string[][] = [];
  const rowNumbers: number[] = [];
  if (!sheet) return { records, rowNumbers };
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = row.values;
    const cells: string[] = [];
    if (Array.isArray(values)) {
      // row.values is 1-based and sparse.
      for (let i = 1; i < values.length; i++) cells.push(cellText(values[i] as CellValue));
    }
    records.push(cells);
    rowNumbers.push(rowNumber);
  });
  return { records, rowNumbers };
}

function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoOfDate(value);
  if ('result' in value) return cellText(value.result as CellValue);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

/**
 * A number as text the amount parser reads without doubt: "." decimal, no grouping, and never
 * exactly three decimals (1.234 becomes "1.2340", which cannot be mistaken for 1,234).
 */
function numberText(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const text = String(value);
  const dot = text.indexOf('.');
  return dot >= 0 && text.length - dot - 1 === 3 ? `${text}0` : text;
}

/** exceljs gives date cells as UTC midnight of the calendar day. */
function isoOfDate(date: Date): string {
  // Round to the nearest minute first: Excel's fractions can land a few ms before midnight.
  const d = new Date(Math.round(date.getTime() / 60_000) * 60_000);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${y}-${m < 10 ? '0' : ''}${m}-${day < 10 ? '0' : ''}${day}`;
}
