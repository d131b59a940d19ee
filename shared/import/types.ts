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

/**
 * What a file that is not a table turned out to be, told apart by its first bytes (or, for
 * `empty` and `blank`, by having no bytes or only whitespace).
 */
export const FILE_KINDS = [
  'empty',
  'blank',
  'pdf',
  'image',
  'zip',
  'word',
  'opendocument',
  'old-office',
  'html',
  'archive',
  'binary',
] as const;
export type FileKind = (typeof FILE_KINDS)[number];

export interface FileError {
  readonly code: FileErrorCode;
  /** A sentence a rep understands. */
  readonly reason: string;
  /** For `empty_file`, `not_a_table` and `bad_xlsx`: what the file is instead. */
  readonly kind?: FileKind;
}

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export type Delimiter = ',' | ';' | '\t';
export type DecimalMark = '.' | ',';
export type ThousandsMark = '' | ',' | '.' | ' ' | "'";
/** How `a/b/yyyy` dates are read: `dmy` is day-first (the default when a column is ambiguous). */
export type DateOrder = 'dmy' | 'mdy';
/**
 * The written forms of the dates in a file: `iso` year first (2026-11-03, also XLSX date cells),
 * `dotted` day.month.year (03.11.2026), `numeric` a/b/year (order-dependent: 03/11/2026),
 * `serial` Excel day numbers (46329). Only `numeric` dates need `dateOrder`.
 */
export type DateForm = 'iso' | 'dotted' | 'numeric' | 'serial';

/**
 * A product-family text of the file that names no family ("Services", "Dienstleistungen"), with
 * what became of its rows: the SKU's catalog family, the rep's choice, or quarantine.
 */
export interface UnknownFamilyValue {
  /** The text as first seen in the file (trimmed). */
  readonly value: string;
  /** Data rows with this text. */
  readonly rows: number;
  /** Of those, rows whose SKU is in the catalog: they take the catalog's family. */
  readonly byCatalog: number;
  /** The family the rep chose for the other rows; absent → those rows are quarantined. */
  readonly mapped?: Family;
}

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
  /**
   * SKU → family/topseller, used when those columns are missing or empty, and for the family of
   * a row whose family text names no family.
   */
  readonly catalog?: ReadonlyMap<string, CatalogEntry>;
  /**
   * The rep's family for family texts that name none ("Dienstleistungen" → client-services),
   * keyed by the text as in the file; matched ignoring case, accents and punctuation. Applied
   * to rows whose SKU is not in the catalog.
   */
  readonly familyValues?: Readonly<Record<string, Family>>;
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
  /** The cell text the problem is about, where one cell is (e.g. the unknown family text). */
  readonly value?: string;
  /** The row as read: header text → cell text. */
  readonly raw: Record<string, string>;
}

export interface Detected {
  readonly format: 'csv' | 'xlsx';
  readonly encoding: Encoding;
  readonly delimiter: Delimiter | null;
  readonly decimal: DecimalMark;
  readonly thousands: ThousandsMark;
  /** How `a/b/yyyy` dates were read, and whether the file itself proved it. */
  readonly dateOrder: DateOrder;
  /** True only when the file has `numeric` dates and none of them proves the order. */
  readonly dateOrderAmbiguous: boolean;
  /** The forms of the date column's values, most frequent first; empty when none was read. */
  readonly dateForms: DateForm[];
  /**
   * 1-based row the headers were read from (0 when the file has no rows). With a `no_header`
   * error: the row offered for choosing the columns by hand (its cells are `headers`).
   */
  readonly headerRow: number;
  readonly headers: string[];
  readonly mapping: ColumnMapping;
  readonly unmappedRequired: Field[];
  /** Non-empty data rows below the header (below `headerRow` with a `no_header` error). */
  readonly totalRows: number;
  /** Family texts that name no family, in order of first appearance. */
  readonly unknownFamilies: UnknownFamilyValue[];
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

/** One data row's fate: accepted, or rejected with the reason. */
export type ParseOutcome =
  | { readonly row: ParsedRow; readonly rejected?: undefined }
  | { readonly row?: undefined; readonly rejected: RejectedRow };

/**
 * A parse whose rows are validated as `outcomes` is iterated (once). With `fileError`, there are
 * no outcomes.
 */
export interface ParseStream {
  readonly detected: Detected;
  readonly outcomes: Iterable<ParseOutcome>;
  readonly fileError?: FileError;
}
