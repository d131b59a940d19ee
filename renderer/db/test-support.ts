import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openDatabase, type OpenOptions, type PartnerRewardsDb } from './database';

/** Test helpers: an isolated in-memory IndexedDB per test, and deterministic invoice lines. */

let counter = 0;

export function freshDb(options: OpenOptions = {}): {
  db: PartnerRewardsDb;
  factory: IDBFactory;
  name: string;
} {
  const factory = new IDBFactory();
  counter += 1;
  const name = `test-${counter}`;
  return { db: openDatabase(name, { indexedDB: factory, IDBKeyRange, ...options }), factory, name };
}

export { makeLine } from './sample-lines';
