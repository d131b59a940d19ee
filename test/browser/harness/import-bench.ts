import { openDatabase, toInvoiceRow } from '../../../renderer/db/index';
import { parseDistributorFile } from '../../../shared/import/index';
import { runImportInWorker } from '../../../renderer/import/run-import';
import type { ImportReport } from '../../../renderer/import/pipeline';
import { generateCsv } from './generate-csv';
import { rawPutBenchmark } from './raw-idb';

export { generateCsv };

export function importBytes(
  dbName: string,
  bytes: Uint8Array,
  batchId: string,
  chunkSize?: number,
): Promise<ImportReport> {
  return runImportInWorker({
    dbName,
    bytes,
    batchId,
    fileName: `${batchId}.csv`,
    ...(chunkSize ? { chunkSize } : {}),
  }).result;
}

/** Starts an import and cancels it after `afterChunks` progress events; resolves with the report. */
export function importAndCancel(
  dbName: string,
  bytes: Uint8Array,
  batchId: string,
  afterChunks: number,
  chunkSize: number,
): Promise<ImportReport> {
  let seen = 0;
  const running = runImportInWorker(
    { dbName, bytes, batchId, fileName: `${batchId}.csv`, chunkSize },
    (p) => {
      if (p.phase === 'writing' && p.done > 0) {
        seen += 1;
        if (seen === afterChunks) running.cancel();
      }
    },
  );
  return running.result;
}

export function resumeImport(
  dbName: string,
  bytes: Uint8Array,
  batchId: string,
  chunkSize: number,
): Promise<ImportReport> {
  return runImportInWorker({
    dbName,
    bytes,
    batchId,
    fileName: `${batchId}.csv`,
    chunkSize,
    resume: true,
  }).result;
}

export interface ImportBenchResult {
  lines: number;
  rawPutMs: number;
  rawRowsPerSecond: number;
  importMs: number;
  importRowsPerSecond: number;
  ratio: number;
  workerParseMs: number;
  workerParseRowsPerSecond: number;
  workerWriteMs: number;
  inserted: number;
}

/**
 * End-to-end import of generated lines from file bytes (worker: decode, parse, validate, write in
 * chunks with aggregates), against raw IndexedDB puts of the same rows in one transaction.
 */
export async function benchImport(count: number, dbName: string): Promise<ImportBenchResult> {
  const bytes = generateCsv(count);
  const parsed = await parseDistributorFile(bytes.slice(), { fileName: 'raw.csv' });
  const rows = parsed.rows.map(({ row: _row, ...line }) => toInvoiceRow(line, 'raw'));
  const raw = await rawPutBenchmark(rows, `${dbName}-raw`);

  const db = openDatabase(dbName);
  await db.delete();
  const start = performance.now();
  const report = await importBytes(dbName, bytes, 'bench');
  const importMs = performance.now() - start;
  if (report.status !== 'done')
    throw new Error(
      `bench import ended ${report.status}: ${report.error ?? report.fileError?.reason ?? ''}`,
    );
  return {
    lines: rows.length,
    rawPutMs: raw.ms,
    rawRowsPerSecond: raw.rowsPerSecond,
    importMs,
    importRowsPerSecond: Math.round(rows.length / (importMs / 1000)),
    ratio: importMs / raw.ms,
    workerParseMs: report.parseMs,
    workerParseRowsPerSecond: Math.round(count / (report.parseMs / 1000)),
    workerWriteMs: report.writeMs,
    inserted: report.batch?.inserted ?? 0,
  };
}
