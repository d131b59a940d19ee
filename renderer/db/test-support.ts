import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { FAMILIES, type Family, type InvoiceLine } from '../../shared/index';
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

export function makeLine(i: number, overrides: Partial<InvoiceLine> = {}): InvoiceLine {
  const family = FAMILIES[i % FAMILIES.length] as Family;
  return {
    distributor: 'INGRAM',
    partnerId: i % 7 === 0 ? 'P2' : 'P1',
    invoiceNo: `INV-${String(Math.floor(i / 3)).padStart(6, '0')}`,
    lineNo: (i % 3) + 1,
    date: `2026-0${4 + (i % 6)}-1${i % 10}`,
    sku: `SKU-${family}-${i % 5}`,
    family,
    topseller: i % 2 === 0,
    quantity: 1 + (i % 9),
    unitPriceCents: 10_000 + (i % 50) * 1_000,
    currency: 'USD',
    customerName: `Customer ${i % 40}`,
    ...overrides,
  };
}
