import Papa from 'papaparse';
import { invoiceLineKey, INVOICE_LINE_VALUE_FIELDS } from '../index';
import type { Family } from '../index';
import { DateOrderDetector } from './dates';
import { decodeText, looksBinary } from './decode';
import { detectDelimiter } from './detect-delimiter';
import { guessMapping, headerScore, resolveMapping } from './mapping';
import { NumberStyleDetector } from './numbers';
import type { NumberStyle } from './numbers';
import { describeKind, sniffFileKind } from './sniff';
import { familyOf, familyValueKey, familyValueLookup } from './values';
import { isZip, readXlsx } from './xlsx';
import { RowProblem, RowValidator } from './validate-row';
import type {
  ColumnMapping,
  Detected,
  Field,
  FileError,
  FileErrorCode,
  FileKind,
  ParseOptions,
  ParseOutcome,
  ParseResult,
  ParseStream,
  ParsedRow,
  RejectedRow,
  UnknownFamilyValue,
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
  const stream = await streamDistributorFile(bytes, options);
  if (stream.fileError)
    return { rows: [], rejected: [], detected: stream.detected, fileError: stream.fileError };
  const rows: ParsedRow[] = [];
  const rejected: RejectedRow[] = [];
  for (const outcome of stream.outcomes) {
    if (outcome.row) rows.push(outcome.row);
    else rejected.push(outcome.rejected);
  }
  return { rows, rejected, detected: stream.detected };
}

/**
 * The same parse, with the rows validated one at a time as `outcomes` is iterated (once, in file
 * order): a caller can store each row as it comes instead of holding every result first (the
 * server's ingest streams them into COPY). Detection (header, columns, number and date styles)
 * has read the whole file before the first outcome, exactly as for `parseDistributorFile`.
 */
export async function streamDistributorFile(
  bytes: Uint8Array,
  options: ParseOptions = {},
): Promise<ParseStream> {
  const detected: Mutable<Detected> = {
    format: 'csv',
    encoding: 'utf-8',
    delimiter: null,
    decimal: '.',
    thousands: '',
    dateOrder: 'dmy',
    dateOrderAmbiguous: false,
    dateForms: [],
    headerRow: 0,
    headers: [],
    mapping: {},
    unmappedRequired: [],
    totalRows: 0,
    unknownFamilies: [],
  };
  const fail = (code: FileErrorCode, reason: string, kind?: FileKind): ParseStream => ({
    detected,
    outcomes: [],
    fileError: { code, reason, ...(kind ? { kind } : {}) } satisfies FileError,
  });

  if (bytes.length === 0) return fail('empty_file', describeKind('empty'), 'empty');
  const kind = sniffFileKind(bytes);
  if (kind) return fail('not_a_table', describeKind(kind), kind);

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
    if (text.trim() === '') return fail('empty_file', describeKind('blank'), 'blank');
    if (looksBinary(text)) return fail('not_a_table', describeKind('binary'), 'binary');
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
  fail: (code: FileErrorCode, reason: string, kind?: FileKind) => ParseStream,
): ParseStream {
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
  if (firstNonEmpty < 0) return fail('empty_file', describeKind('blank'), 'blank');
  const userIndices =
    options.mapping !== undefined &&
    Object.values(options.mapping).some((v) => typeof v === 'number');
  const recognised = bestScore >= 2;
  // Without a recognised header, the row naming one known column (else the first row) is the one
  // offered for choosing columns by hand, and what the rep is told about.
  if (!recognised) headerIndex = bestScore === 1 ? headerIndex : firstNonEmpty;
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  detected.headers = headers;
  detected.headerRow = rowOf(headerIndex);
  const dataIndices: number[] = [];
  for (let i = headerIndex + 1; i < records.length; i++) {
    if (!isEmptyRecord(records[i] ?? [])) dataIndices.push(i);
  }
  detected.totalRows = dataIndices.length;
  if (!recognised && !userIndices) {
    detected.mapping = guessMapping(headers);
    return fail('no_header', noHeaderReason(headers, detected.headerRow, dataIndices.length));
  }
  const mapping = resolveMapping(headers, guessMapping(headers), options.mapping);
  detected.mapping = mapping;
  detected.unmappedRequired = missingRequired(mapping, options);

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
  const dateDetector = new DateOrderDetector(detected.format === 'xlsx');
  const familyValues = familyValueLookup(options.familyValues);
  const families = new FamilyValueCounter(options.catalog, familyValues);
  const familyCol = mapping.family ?? -1;
  const skuCol = mapping.sku ?? -1;
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
    if (date) dateDetector.add(date.trim());
    const family = record[familyCol];
    if (family) families.add(family.trim(), (record[skuCol] ?? '').trim());
  }
  detected.unknownFamilies = families.result();
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
  detected.dateForms = dateOrder.forms;

  const validator = new RowValidator({
    headers,
    mapping,
    allowShortRows: detected.format === 'xlsx',
    delimiter: detected.delimiter,
    distributor: options.distributor?.trim() || undefined,
    currency: options.currency,
    catalog: options.catalog,
    familyValues,
    quantityStyle: pick(qtyStyle),
    unitPriceStyle: pick(priceStyle),
    lineTotalStyle: pick(totalStyle),
    dateOrder: dateOrder.order,
    serialDates: detected.format === 'xlsx',
    validFrom: options.validFrom ?? DEFAULT_FROM,
    validTo: options.validTo ?? DEFAULT_TO,
    defaultRange: options.validFrom === undefined && options.validTo === undefined,
  });

  return { detected, outcomes: validated(records, dataIndices, headers, rowOf, validator) };
}

/** Each data row through the row validator and the duplicate rule, as it is asked for. */
function* validated(
  records: readonly string[][],
  dataIndices: readonly number[],
  headers: readonly string[],
  rowOf: (index: number) => number,
  validator: RowValidator,
): Generator<ParseOutcome> {
  const seen = new Map<string, ParsedRow>();
  const reject = (index: number, problem: RowProblem): ParseOutcome => ({
    rejected: {
      row: rowOf(index),
      code: problem.code,
      ...(problem.field ? { field: problem.field } : {}),
      reason: problem.reason,
      ...(problem.value !== undefined ? { value: problem.value } : {}),
      raw: rawRecord(headers, records[index] ?? []),
    },
  });
  for (const index of dataIndices) {
    const result = validator.validate(records[index] ?? [], rowOf(index));
    if (result instanceof RowProblem) {
      yield reject(index, result);
      continue;
    }
    const key = invoiceLineKey(result);
    const earlier = seen.get(key);
    if (earlier) {
      yield reject(index, duplicateProblem(earlier, result));
      continue;
    }
    seen.set(key, result);
    yield { row: result };
  }
}

/**
 * Counts the family texts that name no family, and how many of their rows the catalog resolves
 * by SKU: the preview offers the rest for the rep to map. The same rule as the row validator
 * (known family text, else the SKU's catalog family, else the rep's choice).
 */
class FamilyValueCounter {
  private readonly known = new Map<string, boolean>();
  private readonly unknown = new Map<string, Mutable<UnknownFamilyValue>>();

  constructor(
    private readonly catalog: ParseOptions['catalog'],
    private readonly mapped: ReadonlyMap<string, Family>,
  ) {}

  add(text: string, sku: string): void {
    if (text === '') return;
    let known = this.known.get(text);
    if (known === undefined) {
      known = familyOf(text) !== null;
      this.known.set(text, known);
    }
    if (known) return;
    const key = familyValueKey(text);
    let entry = this.unknown.get(key);
    if (!entry) {
      const family = this.mapped.get(key);
      entry = { value: text, rows: 0, byCatalog: 0, ...(family ? { mapped: family } : {}) };
      this.unknown.set(key, entry);
    }
    entry.rows++;
    if (sku !== '' && this.catalog?.has(sku)) entry.byCatalog++;
  }

  result(): UnknownFamilyValue[] {
    return [...this.unknown.values()];
  }
}

function noHeaderReason(headers: readonly string[], row: number, dataRows: number): string {
  const cells = headers.filter((h) => h !== '');
  const shown = cells.slice(0, 8).map((h) => `"${h.length > 30 ? `${h.slice(0, 27)}...` : h}"`);
  const more = cells.length > 8 ? `, and ${cells.length - 8} more` : '';
  const known = guessMapping(headers);
  const found = Object.entries(known).map(
    ([f, i]) => `${FIELD_LABEL[f as Field]} (column ${i + 1})`,
  );
  return (
    `No row names the columns of an invoice-line file (such as Invoice No, SKU, Qty). ` +
    `Row ${row} reads ${shown.join(', ')}${more}; ` +
    (found.length ? `recognised: ${found.join(', ')}` : 'no column name is recognised') +
    `. Below it are ${dataRows} data ${dataRows === 1 ? 'row' : 'rows'}. ` +
    `Check that this is an invoice-line export, or choose the columns by hand.`
  );
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
