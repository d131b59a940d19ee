import { openDatabase, toInvoiceRow } from '../../../renderer/db/index';
import { parseDistributorFile } from '../../../renderer/import/index';
import { runImportInWorker } from '../../../renderer/import/run-import';
import type { ImportReport } from '../../../renderer/import/pipeline';
import { FAMILIES } from '../../../shared/index';
import { rawPutBenchmark } from './raw-idb';

/** Distributor-style CSV of `count` lines across three months of one quarter, built in the page. */
export function generateCsv(count: number, seed = 7): Uint8Array {
  const parts = [
    'Distributor;Partner ID;Invoice No;Line;Invoice Date;SKU;Family;Topseller;Qty;Unit Price;Currency;End Customer',
  ];
  let state = seed;
  const rand = (): number => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  for (let i = 0; i < count; i += 1) {
    const family = FAMILIES[Math.floor(rand() * FAMILIES.length)] ?? 'server';
    const month = 4 + Math.floor(rand() * 3);
    const day = 1 + Math.floor(rand() * 28);
    const price = (500 + Math.floor(rand() * 400_000)) / 100;
    parts.push(
      `TD SYNNEX;P${1 + (i % 3)};INV-${String(Math.floor(i / 4)).padStart(7, '0')};${(i % 4) + 1};${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.2026;SKU-${family}-${i % 40};${family};${rand() < 0.4 ? 'ja' : 'nein'};${1 + Math.floor(rand() * 20)};${price.toLocaleString('de-DE', { minimumFractionDigits: 2 })};USD;Kunde ${i % 2_000} GmbH`,
    );
  }
  return new TextEncoder().encode(parts.join('\n'));
}

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
