import type { InvoiceLine } from '../../shared/index';
import { arraySource, buildXlsx } from './xlsx-build';
import type { WorkbookSpec } from './workbook-spec';
import { INVOICE_COLUMNS } from './invoice-rows';

/**
 * For the benchmark harness: builds the invoice-lines workbook for the given lines (as the worker
 * does, minus the database read) and reports the time. Imports exceljs: never from the UI.
 */
export async function benchInvoiceXlsx(
  lines: readonly InvoiceLine[],
): Promise<{ ms: number; bytes: number }> {
  const spec: WorkbookSpec = {
    creator: 'bench',
    sheets: [],
    invoiceLines: {
      dbName: '',
      quarter: '',
      sheetName: 'Invoice lines',
      headers: INVOICE_COLUMNS.map((c) => c.key),
      familyLabels: {},
      yes: 'yes',
      no: 'no',
    },
  };
  const started = performance.now();
  const bytes = await buildXlsx(spec, arraySource(lines));
  return { ms: performance.now() - started, bytes: bytes.length };
}
