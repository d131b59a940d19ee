import type { Currency } from '../../shared/index';

/**
 * What a spreadsheet export contains, as plain data that crosses into the XLSX worker. Values stay
 * in the app's units (money in minor units, rates in basis points, ISO dates); the worker turns
 * them into Excel values with a number format per column.
 */
export type ColumnKind = 'text' | 'integer' | 'money' | 'amount' | 'percent' | 'date';
export type CellInput = string | number | null;

export interface ColumnSpec {
  readonly header: string;
  readonly kind: ColumnKind;
  /** For 'money' columns: the currency every value of the column is in. */
  readonly currency?: Currency;
  readonly width?: number;
}

export interface SheetSpec {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly (readonly CellInput[])[];
  /** When set: a last row with this label in the first column and the sum of each summed column. */
  readonly totalsLabel?: string;
}

/** The optional "Invoice lines" sheet: the worker reads the quarter's lines from the database. */
export interface InvoiceLinesSpec {
  readonly dbName: string;
  readonly quarter: string;
  readonly sheetName: string;
  /** Headers in INVOICE_COLUMNS order. */
  readonly headers: readonly string[];
  /** Translated family names and yes/no, so the sheet reads in the user's language. */
  readonly familyLabels: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
}

export interface WorkbookSpec {
  readonly creator: string;
  readonly sheets: readonly SheetSpec[];
  readonly invoiceLines?: InvoiceLinesSpec;
}

export type ToXlsxWorker = { readonly type: 'build'; readonly spec: WorkbookSpec };

export type FromXlsxWorker =
  | { readonly type: 'progress'; readonly done: number; readonly total: number }
  | { readonly type: 'done'; readonly bytes: Uint8Array }
  | { readonly type: 'error'; readonly message: string };
