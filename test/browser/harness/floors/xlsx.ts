/**
 * Floor for the XLSX export, measured the way the app's is (click → download): a worker reads the
 * same lines and writes them as worksheet XML, deflated, with no formatting.
 */
import { param } from './idb';

document.getElementById('export')?.addEventListener('click', () => {
  const worker = new Worker(new URL('./xlsx-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<Uint8Array<ArrayBuffer> | string>) => {
    worker.terminate();
    if (typeof event.data === 'string') {
      document.body.textContent = `floor failed: ${event.data}`;
      return;
    }
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([event.data]));
    link.download = 'floor-sheet.xml.deflate';
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  };
  worker.postMessage({ db: param('db'), quarter: param('quarter') });
});
