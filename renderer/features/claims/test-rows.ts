import type { ClaimAggregateRow, ClaimRow, InvoiceRow } from '../../db/index';

/** Small row factories for this feature's unit tests. */
export function line(key: string, overrides: Partial<InvoiceRow> = {}): InvoiceRow {
  return {
    key,
    distributor: 'Ingram',
    partnerId: 'P-1',
    invoiceNo: `INV-${key}`,
    lineNo: 1,
    date: '2026-10-01',
    sku: 'SKU-1',
    family: 'server',
    topseller: false,
    quantity: 1,
    unitPriceCents: 100_00,
    currency: 'USD',
    customerName: 'Acme',
    quarter: 'FY2026-Q3',
    lineTotalCents: 100_00,
    accelerator: false,
    batchId: 'b',
    search: `inv-${key} sku-1 acme p-1`,
    ...overrides,
  };
}

export function claim(lineKey: string, overrides: Partial<ClaimRow> = {}): ClaimRow {
  return {
    id: `${lineKey}-c`,
    lineKey,
    program: 'spiff',
    repId: 'rep-ana',
    partnerId: 'P-1',
    quarter: 'FY2026-Q3',
    family: 'server',
    units: 1,
    amount: 150_00,
    unit: 'USD',
    status: 'queued',
    ruleVersion: 'v1',
    createdAt: '2026-10-02T00:00:00Z',
    updatedAt: '2026-10-02T00:00:00Z',
    history: [],
    ...overrides,
  };
}

export function agg(overrides: Partial<ClaimAggregateRow>): ClaimAggregateRow {
  return {
    id: Math.random().toString(36),
    quarter: 'FY2026-Q3',
    repId: 'rep-ana',
    program: 'spiff',
    status: 'queued',
    family: 'server',
    unit: 'USD',
    claims: 1,
    units: 1,
    amount: 150_00,
    ...overrides,
  };
}
