import { SCHEMA_V3 } from '../../../renderer/db/index';

/**
 * The floor an import is measured against: raw IndexedDB `put` of the same rows into a store
 * with the same indexes as invoiceLines, in one transaction, no library in between.
 */
export async function rawPutBenchmark(
  rows: readonly object[],
  dbName = 'raw-floor',
): Promise<{ ms: number; rowsPerSecond: number }> {
  await new Promise<void>((resolve, reject) => {
    const del = indexedDB.deleteDatabase(dbName);
    del.onsuccess = () => resolve();
    del.onerror = () => reject(del.error);
  });
  const spec = SCHEMA_V3.invoiceLines.split(',').map((s) => s.trim());
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(dbName, 1);
    open.onupgradeneeded = () => {
      const store = open.result.createObjectStore('invoiceLines', { keyPath: spec[0] });
      for (const index of spec.slice(1)) {
        const compound = index.startsWith('[');
        const keyPath = compound ? index.slice(1, -1).split('+') : index;
        store.createIndex(index, keyPath);
      }
    };
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('invoiceLines', 'readwrite', { durability: 'relaxed' });
    const store = tx.objectStore('invoiceLines');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  db.close();
  return { ms, rowsPerSecond: Math.round(rows.length / (ms / 1000)) };
}
