import type { Currency, Family, InvoiceLine, IsoDate } from '../index';

/** The columns an import knows about, in the order a mapping screen shows them. */
export const FIELDS = [
  'distributor',
  'partnerId',
  'invoiceNo',
  'lineNo',
  'date',
  'sku',
  'family',
  'topseller',
  'quantity',
  'unitPrice',
  'lineTotal',
  'currency',
  'customerName',
] as const;
export type Field = (typeof FIELDS)[number];

/** Field → 0-based column index, as detected or resolved. */
export type ColumnMapping = { [F in Field]?: number };

/**
 * Field → column chosen by the user: a 0-based column index, a header text (matched after the
 * same normalisation as the guesses), or null to say "this file has no such column".
 * A detected `ColumnMapping` can be passed back as is.
 */
export type ColumnMappingInput = { [F in Field]?: number | string | null };

export const REJECT_CODES = [
  'wrong_column_count',
  'missing_distributor',
  'missing_partner',
  'missing_invoice_no',
  'missing_line_no',
  'bad_line_no',
  'bad_date',
  'date_out_of_range',
  'missing_sku',
  'unknown_sku',
  'unknown_family',
  'bad_topseller',
  'bad_quantity',
  'negative_quantity',
  'bad_price',
  'negative_price',
  'unknown_currency',
  'duplicate_in_file',
] as const;
export type RejectCode = (typeof REJECT_CODES)[number];

export const FILE_ERROR_CODES = [
  'empty_file',
  'not_a_table',
  'bad_xlsx',
  'no_header',
  'missing_columns',
  'no_data_rows',
  'too_many_rows',
] as const;
export type FileErrorCode = (typeof FILE_ERROR_CODES)[number];

export interface FileError {
  readonly code: FileErrorCode;
  /** A sentence a rep understands. */
  readonly reason: string;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = '.' | ',';
export type ThousandsMark = '' | ',' | '.' | ' ' | "'";
/** How `a/b/yyyy` dates are read: `dmy` is day-first (the default when a column is ambiguous). */
export type DateOrder = 'dmy' | 'mdy';

export interface CatalogEntry {
  readonly family: Family;
  readonly topseller: boolean;
}

export interface ParseOptions {
  /** Used when the file has no distributor column (or the cell is empty). */
  readonly distributor?: string;
  /** For format detection by extension (.xlsx). */
  readonly fileName?: string;
  /** The user's choice of columns; overrides the guesses field by field. */
  readonly mapping?: ColumnMappingInput;
  /** SKU → family/topseller, used when those columns are missing or empty. */
  readonly catalog?: ReadonlyMap<string, CatalogEntry>;
  /** Currency of every line when the file has no currency column (or the cell is empty). */
  readonly currency?: Currency;
  /** Earliest accepted invoice date (inclusive); default 2000-01-01. */
  readonly validFrom?: IsoDate;
  /** Latest accepted invoice date (inclusive); default 2099-12-31. */
  readonly validTo?: IsoDate;
  /** More data rows than this → file error `too_many_rows`. Default 1,000,000. */
  readonly maxRows?: number;
}

/** One accepted line; `row` is the 1-based row in the source as a spreadsheet counts it. */
export type ParsedRow = InvoiceLine & { readonly row: number };

export interface RejectedRow {
  readonly row: number;
  readonly code: RejectCode;
  readonly field?: Field;
  readonly reason: string;
  /** The row as read: header text → cell text. */
  readonly raw: Record<string, string>;
}

export interface Detected {
  readonly format: 'csv' | 'xlsx';
  readonly encoding: Encoding;
  readonly delimiter: Delimiter | null;
  readonly decimal: DecimalMark;
  readonly thousands: ThousandsMark;
  /** How ambiguous `a/b/yyyy` dates were read, and whether the file itself proved it. */
  readonly dateOrder: DateOrder;
  readonly dateOrderAmbiguous: boolean;
  /** 1-based row of the header (0 when none was found). */
  readonly headerRow: number;
  readonly headers: string[];
  readonly mapping: ColumnMapping;
  readonly unmappedRequired: Field[];
  /** Non-empty data rows below the header. */
  readonly totalRows: number;
}

/**
 * File-level problems are returned, never thrown: `fileError` is set, `rows` and `rejected` are
 * empty, and `detected` says as much as could be found (so a mapping screen can still show the
 * headers). Without `fileError`, `rows.length + rejected.length === detected.totalRows`.
 */
export interface ParseResult {
  readonly rows: ParsedRow[];
  readonly rejected: RejectedRow[];
  readonly detected: Detected;
  readonly fileError?: FileError;
}
