import { FAMILIES, type Family, type InvoiceLine } from '../../shared/index';

/** Deterministic invoice lines for tests and the browser harness: line i is always the same. */
export function makeLine(i: number, overrides: Partial<InvoiceLine> = {}): InvoiceLine {
  const family = FAMILIES[i % FAMILIES.length] as Family;
  return {
    distributor: 'INGRAM',
    partnerId: i % 7 === 0 ? 'P2' : 'P1',
    invoiceNo: `INV-${String(Math.floor(i / 3)).padStart(7, '0')}`,
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
