/**
 * CSV for spreadsheets: RFC 4180 quoting, CRLF line ends, and formula injection neutralised (a
 * cell starting with = + - @ tab or CR gets a leading apostrophe so Excel shows it as text).
 */
export type CsvCell = string | number | null | undefined;

const DANGEROUS_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return DANGEROUS_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are data we produced; a negative number is not a formula.
  const text = typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  rows: readonly (readonly CsvCell[])[],
  options: { bom?: boolean } = {},
): string {
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n');
  return `${options.bom === false ? '' : '\uFEFF'}${body}\r\n`;
}

export function csvBytes(rows: readonly (readonly CsvCell[])[]): Uint8Array {
  return new TextEncoder().encode(toCsv(rows));
}
