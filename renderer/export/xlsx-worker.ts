/**
 * The XLSX worker: exceljs and the 100,000-line sheet stay off the UI thread. It reads the
 * quarter's invoice lines from its own database connection, in one read, instead of receiving them.
 */
import { openDatabase } from '../db/index';
import { buildXlsx, type InvoiceSource } from './xlsx-build';
import { setExcelJsLoader } from '../../shared/excel/load-exceljs';
import { loadExcelJsFile } from './exceljs-file';
import type { FromXlsxWorker, ToXlsxWorker } from './workbook-spec';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToXlsxWorker>) => void) | null;
  postMessage(message: FromXlsxWorker, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
setExcelJsLoader(loadExcelJsFile);

function databaseSource(dbName: string, quarter: string): InvoiceSource {
  const db = openDatabase(dbName, { durability: 'relaxed' });
  const lines = () =>
    db.invoiceLines.where('[quarter+date]').between([quarter, ''], [quarter, '\uffff']);
  return {
    count: () => lines().count(),
    each: async (callback) => {
      // One getAll over the index range: a cursor costs a round trip per line, which dominated
      // the export at 100,000 lines. The rows live in this worker only while the sheet is built.
      const rows = await lines().toArray();
      for (const row of rows) callback(row);
      db.close();
    },
  };
}

scope.onmessage = (event) => {
  const { spec } = event.data;
  const source = spec.invoiceLines
    ? databaseSource(spec.invoiceLines.dbName, spec.invoiceLines.quarter)
    : undefined;
  buildXlsx(spec, source, (done, total) => scope.postMessage({ type: 'progress', done, total }))
    .then((bytes) => scope.postMessage({ type: 'done', bytes }, [bytes.buffer]))
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
    );
};
