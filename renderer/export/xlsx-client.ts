import type { FromXlsxWorker, WorkbookSpec } from './workbook-spec';

export interface ExportOptions {
  readonly onProgress?: (done: number, total: number) => void;
  /** Aborting stops the worker at once; the promise rejects with an AbortError. */
  readonly signal?: AbortSignal;
}

/** Builds an XLSX in a Web Worker (exceljs never enters the main bundle). */
export function exportXlsx(spec: WorkbookSpec, options: ExportOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(new DOMException('Export cancelled', 'AbortError'));
      return;
    }
    const worker = new Worker(new URL('./xlsx-worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('Export cancelled', 'AbortError'));
    };
    options.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (event: MessageEvent<FromXlsxWorker>) => {
      const message = event.data;
      if (message.type === 'progress') options.onProgress?.(message.done, message.total);
      else if (message.type === 'done') {
        finish();
        resolve(message.bytes);
      } else {
        finish();
        reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new Error(event.message || 'The export worker failed'));
    };
    worker.postMessage({ type: 'build', spec });
  });
}
