import Papa from 'papaparse';
import { invoiceLineKey, INVOICE_LINE_VALUE_FIELDS } from '../index';
import { DateOrderDetector } from './dates';
import { decodeText, looksBinary } from './decode';
import { detectDelimiter } from './detect-delimiter';
import { guessMapping, headerScore, resolveMapping } from './mapping';
import { NumberStyleDetector } from './numbers';
import type { NumberStyle } from './numbers';
import { isZip, readXlsx } from './xlsx';
import { RowProblem, RowValidator } from './validate-row';
import type {
  ColumnMapping,
  Detected,
  Field,
  FileError,
  FileErrorCode,
  ParseOptions,
  ParseResult,
  ParsedRow,
  RejectedRow,
} from './types';

/** Rows searched for the header (distributors put titles or report dates above it). */
const HEADER_SEARCH_ROWS = 20;
const DEFAULT_MAX_ROWS = 1_000_000;
const DEFAULT_FROM = '2000-01-01';
const DEFAULT_TO = '2099-12-31';

interface Table {
  readonly records: string[][];
  /** Row number of each record as a spreadsheet shows it; null → index + 1. */
  readonly rowNumbers: number[] | null;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/**
 * Parses and validates a distributor's invoice-line file (CSV in any of the supported encodings
 * and delimiters, or XLSX). Pure: bytes in, result out, no I/O.
 *
 * File-level problems never throw: the result carries `fileError` (code + an English sentence),
 * no rows, and whatever `detected` could establish. Otherwise every non-empty data row is either
 * in `rows` or in `rejected`: `rows.length + rejected.length === detected.totalRows`.
 *
 * Duplicates (same distributor + invoice + line twice in one file): the first occurrence is
 * kept; every later one is rejected as `duplicate_in_file`, naming the earlier row and whether
 * it is identical or which values differ. A correction belongs in a later file, where it replaces
 * the stored line by its key.
 */
export async function parseDistributorFile(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ParseResult> {
  const detected: Mutable<Detected> = {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: null,
    decimal: '.',
    thousands: '',
    dateOrder: 'dmy',
    dateOrderAmbiguous: true,
    headerRow: 0,
    headers: [],
    mapping: {},
    unmappedRequired: [],
    totalRows: 0,
  };
  const fail = (code: FileErrorCode, reason: string): ParseResult => ({
    rows: [],
    rejected: [],
    detected,
    fileError: { code, reason } satisfies FileError,
  });

  if (bytes.length === 0) return fail('empty_file', 'The file is empty.');

  let table: Table;
  if (isZip(bytes) || /\.xlsx$/i.test(options.fileName ?? '')) {
    detected.format = 'xlsx';
    try {
      table = await readXlsx(bytes);
    } catch {
      return fail(
        'bad_xlsx',
        'The file could not be read as an Excel workbook (.xlsx); it may be damaged. Save it again from Excel, or export it as CSV.',
      );
    }
  } else {
    const { text, encoding } = decodeText(bytes);
    detected.encoding = encoding;
    if (text.trim() === '') return fail('empty_file', 'The file is empty.');
    if (looksBinary(text)) {
      return fail(
        'not_a_table',
        'This file is not a CSV or Excel table (it contains binary data). Export the invoice lines from the distributor portal as CSV or XLSX.',
      );
    }
    const delimiter = detectDelimiter(text);
    detected.delimiter = delimiter;
    const parsed = Papa.parse<string[]>(text, {
      delimiter: delimiter ?? ',',
      skipEmptyLines: false,
    });
    table = { records: parsed.data, rowNumbers: null };
  }
  return finish(table, detected, options, fail);
}

function isEmptyRecord(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i] ?? '';
    if (c.length > 0 && c.charCodeAt(0) > 32) return false;
    if (c.trim() !== '') return false;
  }
  return true;
}

function finish(
  table: Table,
  detected: Mutable<Detected>,
  options: ParseOptions,
  fail: (code: FileErrorCode, reason: string) => ParseResult,
): ParseResult {
  const { records, rowNumbers } = table;
  const rowOf = (index: number): number =>
    rowNumbers ? (rowNumbers[index] ?? index + 1) : index + 1;

  // Header: the row among the first ones that names the most known columns.
  let headerIndex = -1;
  let bestScore = 0;
  let firstNonEmpty = -1;
  for (let i = 0, seen = 0; i < records.length && seen < HEADER_SEARCH_ROWS; i++) {
    const record = records[i] ?? [];
    if (isEmptyRecord(record)) continue;
    if (firstNonEmpty < 0) firstNonEmpty = i;
    seen++;
    const score = headerScore(record);
    if (score > bestScore) {
      bestScore = score;
      headerIndex = i;
    }
  }
  if (firstNonEmpty < 0) return fail('empty_file', 'The file has no rows.');
  const userIndices =
    options.mapping !== undefined &&
    Object.values(options.mapping).some((v) => typeof v === 'number');
  if (bestScore < 2) {
    if (!userIndices) {
      detected.headers = (records[firstNonEmpty] ?? []).map((h) => h.trim());
      return fail(
        'no_header',
        'No header row with known column names (such as Invoice No, SKU, Qty) was found in the first rows. Check that this is an invoice-line export, or choose the columns by hand.',
      );
    }
    headerIndex = firstNonEmpty;
  }
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  detected.headers = headers;
  detected.headerRow = rowOf(headerIndex);
  const mapping = resolveMapping(headers, guessMapping(headers), options.mapping);
  detected.mapping = mapping;
  detected.unmappedRequired = missingRequired(mapping, options);

  const dataIndices: number[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    if (!isEmptyRecord(records[i] ?? [])) dataIndices.push(i);
  }
  detected.totalRows = dataIndices.length;

  if (detected.unmappedRequired.length > 0) {
    return fail(
      'missing_columns',
      `The file has no column for: ${detected.unmappedRequired.map((f) => FIELD_LABEL[f]).join(', ')}. Choose the matching columns by hand, or export the file again with them.`,
    );
  }
  if (dataIndices.length === 0) {
    return fail('no_data_rows', 'The file has a header row but no invoice lines below it.');
  }
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (dataIndices.length > maxRows) {
    return fail(
      'too_many_rows',
      `The file has ${dataIndices.length} lines; at most ${maxRows} can be imported at once. Split it into smaller files.`,
    );
  }

  // Number styles per column; a column without evidence (plain integers) follows the others.
  const priceDetector = new NumberStyleDetector();
  const totalDetector = new NumberStyleDetector();
  const qtyDetector = new NumberStyleDetector();
  const dateDetector = new DateOrderDetector();
  const priceCol = mapping.unitPrice ?? -1;
  const totalCol = mapping.lineTotal ?? -1;
  const qtyCol = mapping.quantity ?? -1;
  const dateCol = mapping.date ?? -1;
  for (let k = 0; k < dataIndices.length; k++) {
    const record = records[dataIndices[k] ?? 0] ?? [];
    const price = record[priceCol];
    if (price) priceDetector.add(price);
    const total = record[totalCol];
    if (total) totalDetector.add(total);
    const qty = record[qtyCol];
    if (qty) qtyDetector.add(qty);
    const date = record[dateCol];
    if (date) dateDetector.add(date);
  }
  const priceStyle = priceDetector.result();
  const totalStyle = totalDetector.result();
  const qtyStyle = qtyDetector.result();
  const fileStyle =
    [priceStyle, totalStyle, qtyStyle].find((s) => s.decided) ??
    ({ decimal: detected.delimiter === ';' ? ',' : '.', thousands: '', decided: false } as const);
  const pick = (s: NumberStyle): NumberStyle => (s.decided ? s : fileStyle);
  detected.decimal = fileStyle.decimal;
  detected.thousands = fileStyle.thousands;

  const dateOrder = dateDetector.result();
  detected.dateOrder = dateOrder.order;
  detected.dateOrderAmbiguous = dateOrder.ambiguous;

  const validator = new RowValidator({
    headers,
    mapping,
    allowShortRows: detected.format === 'xlsx',
    delimiter: detected.delimiter,
    distributor: options.distributor?.trim() || undefined,
    currency: options.currency,
    catalog: options.catalog,
    quantityStyle: pick(qtyStyle),
    unitPriceStyle: pick(priceStyle),
    lineTotalStyle: pick(totalStyle),
    dateOrder: dateOrder.order,
    serialDates: detected.format === 'xlsx',
    validFrom: options.validFrom ?? DEFAULT_FROM,
    validTo: options.validTo ?? DEFAULT_TO,
    defaultRange: options.validFrom === undefined && options.validTo === undefined,
  });

  const rows: ParsedRow[] = [];
  const rejected: RejectedRow[] = [];
  const seen = new Map<string, ParsedRow>();
  const reject = (index: number, problem: RowProblem): void => {
    rejected.push({
      row: rowOf(index),
      code: problem.code,
      ...(problem.field ? { field: problem.field } : {}),
      reason: problem.reason,
      raw: rawRecord(headers, records[index] ?? []),
    });
  };
  for (const index of dataIndices) {
    const result = validator.validate(records[index] ?? [], rowOf(index));
    if (result instanceof RowProblem) {
      reject(index, result);
      continue;
    }
    const key = invoiceLineKey(result);
    const earlier = seen.get(key);
    if (earlier) {
      reject(index, duplicateProblem(earlier, result));
      continue;
    }
    seen.set(key, result);
    rows.push(result);
  }
  return { rows, rejected, detected };
}

const COMPARED = INVOICE_LINE_VALUE_FIELDS;

function duplicateProblem(earlier: ParsedRow, later: ParsedRow): RowProblem {
  const differs = COMPARED.filter((k) => earlier[k] !== later[k]);
  const what =
    differs.length === 0
      ? 'an identical copy of'
      : `a different version (${differs.map((k) => DIFF_LABEL[k]).join(', ')}) of`;
  return new RowProblem(
    'duplicate_in_file',
    'lineNo',
    `Invoice ${later.invoiceNo} line ${later.lineNo} appears twice in this file: this row is ${what} row ${earlier.row}, which is kept. Send a correction in a later file.`,
  );
}

const DIFF_LABEL: Record<(typeof COMPARED)[number], string> = {
  partnerId: 'partner ID',
  date: 'date',
  sku: 'SKU',
  family: 'family',
  topseller: 'topseller',
  quantity: 'quantity',
  unitPriceCents: 'unit price',
  currency: 'currency',
  customerName: 'end customer',
};

const FIELD_LABEL: Record<Field, string> = {
  distributor: 'distributor',
  partnerId: 'partner ID',
  invoiceNo: 'invoice number',
  lineNo: 'line number',
  date: 'invoice date',
  sku: 'SKU',
  family: 'product family',
  topseller: 'topseller',
  quantity: 'quantity',
  unitPrice: 'unit price (or line total)',
  lineTotal: 'line total',
  currency: 'currency',
  customerName: 'end customer',
};

/** Required columns not in the mapping; family, distributor and currency can come from options. */
function missingRequired(mapping: ColumnMapping, options: ParseOptions): Field[] {
  const missing: Field[] = [];
  if (mapping.distributor === undefined && !options.distributor?.trim())
    missing.push('distributor');
  for (const field of ['partnerId', 'invoiceNo', 'lineNo', 'date', 'sku'] as const) {
    if (mapping[field] === undefined) missing.push(field);
  }
  if (mapping.family === undefined && !options.catalog) missing.push('family');
  if (mapping.quantity === undefined) missing.push('quantity');
  if (mapping.unitPrice === undefined && mapping.lineTotal === undefined) missing.push('unitPrice');
  if (mapping.currency === undefined && !options.currency) missing.push('currency');
  return missing;
}

function rawRecord(headers: readonly string[], cells: readonly string[]): Record<string, string> {
  const raw: Record<string, string> = {};
  const n = Math.max(headers.length, cells.length);
  for (let i = 0; i < n; i++) {
    let name = headers[i] || `Column ${i + 1}`;
    while (name in raw) name = `${name} (${i + 1})`;
    raw[name] = cells[i] ?? '';
  }
  return raw;
}
