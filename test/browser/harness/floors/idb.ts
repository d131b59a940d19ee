/**
 * Raw IndexedDB for the benchmark's floor pages: no Dexie, no app code. The floors open the app's
 * database (whatever version it is at) and read the same object stores and indexes the app reads.
 */

export function openExisting(name: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
    // No version given: an existing database opens as it is; a missing one would be created empty.
    request.onupgradeneeded = () => {
      request.transaction?.abort();
      reject(new Error(`floor: database ${name} does not exist`));
    };
  });
}

export function result<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

export function param(name: string): string {
  const value = new URLSearchParams(window.location.search).get(name);
  if (!value) throw new Error(`floor: missing ?${name}=`);
  return value;
}

/** The quarter's invoice lines as the app reads them: one getAll over [quarter+date]. */
export function quarterLines(tx: IDBTransaction, quarter: string): Promise<FloorLine[]> {
  const range = IDBKeyRange.bound([quarter, ''], [quarter, '\uffff']);
  return result(tx.objectStore('invoiceLines').index('[quarter+date]').getAll(range));
}

/** The stored invoice-line fields the floors show (the app's InvoiceRow has more). */
export interface FloorLine {
  readonly key: string;
  readonly date: string;
  readonly distributor: string;
  readonly partnerId: string;
  readonly invoiceNo: string;
  readonly lineNo: number;
  readonly sku: string;
  readonly family: string;
  readonly topseller: boolean;
  readonly quantity: number;
  readonly unitPriceCents: number;
  readonly lineTotalCents: number;
  readonly currency: string;
  readonly customerName: string;
}
