/**
 * The import worker: parses and writes off the UI thread, with its own database connection
 * (relaxed durability: an interrupted import is resumable from its batch record, so bulk speed
 * wins here; claims keep the app's strict connection).
 */
import { openDatabase } from '../db/index';
import { importFile } from './pipeline';
import { setExcelJsLoader } from '../../shared/excel/load-exceljs';
import { loadExcelJsFile } from '../export/exceljs-file';
import type { FromWorker, ToWorker } from './worker-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
  postMessage(message: FromWorker): void;
}

const scope = self as unknown as WorkerScope;
setExcelJsLoader(loadExcelJsFile);
let cancelled = false;

scope.onmessage = (event) => {
  const message = event.data;
  if (message.type === 'cancel') {
    cancelled = true;
    return;
  }
  cancelled = false;
  const db = openDatabase(message.dbName, { durability: 'relaxed' });
  importFile(db, message.bytes, {
    batchId: message.batchId,
    fileName: message.fileName,
    now: () => new Date().toISOString(),
    isCancelled: () => cancelled,
    onProgress: (progress) => scope.postMessage({ type: 'progress', progress }),
    ...(message.distributor ? { distributor: message.distributor } : {}),
    ...(message.mapping ? { mapping: message.mapping } : {}),
    ...(message.familyValues ? { familyValues: message.familyValues } : {}),
    ...(message.chunkSize ? { chunkSize: message.chunkSize } : {}),
    ...(message.resume ? { resume: message.resume } : {}),
  })
    .then((report) => scope.postMessage({ type: 'done', report }))
    .catch((error: unknown) =>
      scope.postMessage({
        type: 'error',
        message: error instanceof Error ? error.message : String(error),
      }),
    )
    .finally(() => db.close());
};
