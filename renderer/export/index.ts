/** Exports: CSV (main thread), XLSX (worker). Import the builders from their own files in tests. */
export { csvBytes, toCsv, neutraliseFormula, type CsvCell } from './csv';
export { exportXlsx, type ExportOptions } from './xlsx-client';
export type {
  CellInput,
  ColumnSpec,
  SheetSpec,
  WorkbookSpec,
  InvoiceLinesSpec,
} from './workbook-spec';
export { INVOICE_COLUMNS } from './invoice-rows';
