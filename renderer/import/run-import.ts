import type { ImportProgress, ImportReport } from './pipeline';
import type { FromWorker, StartImportMessage } from './worker-protocol';

export interface RunningImport {
  readonly result: Promise<ImportReport>;
  cancel(): void;
}

/**
 * Starts an import in a Web Worker. The bytes are transferred, not copied; progress arrives per
 * chunk; cancel stops after the chunk in flight (which commits whole or not at all).
 */
export function runImportInWorker(
  request: Omit<StartImportMessage, 'type'>,
  onProgress?: (progress: ImportProgress) => void,
): RunningImport {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), {
    type: 'module',
    name: 'import',
  });
  const result = new Promise<ImportReport>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress?.(message.progress);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.report);
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The import worker stopped unexpectedly.'));
    };
  });
  const message: StartImportMessage = { type: 'start', ...request };
  worker.postMessage(message, [message.bytes.buffer]);
  return { result, cancel: () => worker.postMessage({ type: 'cancel' }) };
}
