/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, a BOM so Excel reads UTF-8, and formula
 * injection neutralised (a text cell starting with = + - @ tab or CR gets a leading apostrophe so
 * Excel shows it as text). Excel reads a CSV with the list separator and decimal mark of the
 * computer's region: German, French, Spanish, Italian and Polish Excel expect ";" and "1234,56",
 * English and Chinese "," and "1234.56" — hence a style per file.
 */
import { columnTotals } from './totals';
import type { CellInput, ColumnSpec, SheetSpec } from './workbook-spec';

export type CsvCell = string | number | null | undefined;

export interface CsvStyle {
  readonly delimiter: ',' | ';';
  readonly decimal: '.' | ',';
}

export const CSV_STYLES = {
  comma: { delimiter: ',', decimal: '.' },
  semicolon: { delimiter: ';', decimal: ',' },
} as const satisfies Record<string, CsvStyle>;
export type CsvStyleName = keyof typeof CSV_STYLES;

/** The spreadsheet convention of the app's language (its usual region). */
export function csvStyleFor(language: string): CsvStyleName {
  return /^(en|zh)\b/i.test(language) ? 'comma' : 'semicolon';
}

const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

function quoted(text: string, delimiter: string): string {
  const special = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return special ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(value: CsvCell, style: CsvStyle = CSV_STYLES.comma): string {
  if (value === null || value === undefined) return '';
  // Numbers are data we produced; a negative number is not a formula.
  const text =
    typeof value === 'number'
      ? String(value).replace('.', style.decimal)
      : neutraliseFormula(value);
  return quoted(text, style.delimiter);
}

export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean; style?: CsvStyle } = {},
): string {
  const style = options.style ?? CSV_STYLES.comma;
  const body = rows.map((row) => row.map((c) => csvCell(c, style)).join(style.delimiter));
  return `${options.bom === false ? '' : '\uFEFF'}${body.join('\r\n')}\r\n`;
}

export function csvBytes(
  rows: readonly (readonly CsvCell[])[],
  style: CsvStyle = CSV_STYLES.comma,
): Uint8Array {
  return new TextEncoder().encode(toCsv(rows, { style }));
}

/** A cell as the CSV writes it: money with two decimals (no grouping), rates in percent. */
function sheetCell(column: ColumnSpec, value: CellInput, style: CsvStyle): string {
  if (typeof value !== 'number') return csvCell(value, style);
  const fixed = (n: number, digits: number) => n.toFixed(digits).replace('.', style.decimal);
  switch (column.kind) {
    case 'money':
    case 'amount':
      return quoted(fixed(value / 100, 2), style.delimiter);
    case 'percent':
      return quoted(fixed(value / 100, 2), style.delimiter);
    default:
      return csvCell(value, style);
  }
}

/**
 * A sheet as CSV rows: the same columns, headers and rows as in the workbook, and its totals row
 * with the totals as values (a CSV holds no formulas).
 */
export function sheetCsvRows(sheet: SheetSpec, style: CsvStyle): string[][] {
  const line = (values: readonly CellInput[]) =>
    sheet.columns.map((column, i) => sheetCell(column, values[i] ?? null, style));
  const rows = [sheet.columns.map((c) => csvCell(c.header, style)), ...sheet.rows.map(line)];
  const label = sheet.totalsLabel;
  if (label !== undefined) {
    const totals = columnTotals(sheet);
    rows.push(line(totals.map((total, i) => (i === 0 ? label : total))));
  }
  return rows;
}

/** The CSV file of one sheet, BOM first. */
export function sheetCsvBytes(sheet: SheetSpec, style: CsvStyle): Uint8Array {
  const body = sheetCsvRows(sheet, style)
    .map((cells) => cells.join(style.delimiter))
    .join('\r\n');
  return new TextEncoder().encode(`\uFEFF${body}\r\n`);
}
