import { describe, expect, it } from 'vitest';
import { claimFromServer, lineFromServer } from './pulled-rows';

const LINE = {
  key: 'TD\u001fS-1\u001f1',
  distributor: 'TD',
  partnerId: 'P-1001',
  invoiceNo: 'S-1',
  lineNo: 1,
  date: '2026-11-02',
  quarter: 'FY2026-Q3',
  sku: '21MA0033US',
  family: 'notebook',
  topseller: true,
  quantity: 2,
  unitPriceCents: 100_000,
  lineTotalCents: 200_000,
  currency: 'USD',
  customerName: 'Customer 1',
};

describe('a pulled invoice line', () => {
  it('becomes the app’s row with only the known fields', () => {
    const row = lineFromServer({ ...LINE, extra: 'dropped' }, new Set(['21MA0033US']));
    expect(row).toEqual({
      ...LINE,
      accelerator: true,
      batchId: 'server',
      search: 's-1 21ma0033us customer 1 p-1001',
      origin: 'server',
    });
  });

  it.each([
    ['a fractional quantity', { quantity: 1.5 }],
    ['an unsafe integer', { unitPriceCents: 2 ** 60 }],
    ['an unknown family', { family: 'toaster' }],
    ['an unknown currency', { currency: 'GBP' }],
    ['a number as text', { lineNo: '1' }],
    ['a missing customer', { customerName: undefined }],
  ])('is refused with %s', (_, change) => {
    expect(() => lineFromServer({ ...LINE, ...change }, new Set())).toThrow();
  });

  it('is refused when it is not an object', () => {
    expect(() => lineFromServer(null, new Set())).toThrow();
    expect(() => lineFromServer('line', new Set())).toThrow();
  });
});

const CLAIM = {
  id: 'c1',
  lineKey: LINE.key,
  program: 'spiff',
  repId: 'rep-ana',
  partnerId: 'P-1001',
  quarter: 'FY2026-Q3',
  family: 'server',
  units: 2,
  amount: 30_000,
  unit: 'USD',
  status: 'rejected',
  reason: 'Another rep claimed this line first.',
  ruleVersion: 'spiff-2017.1',
  createdAt: '2026-11-02T10:00:00.000Z',
  updatedAt: '2026-11-02T11:00:00.000Z',
};

describe('a pulled claim', () => {
  it('keeps the server’s reason and history, drops fields it does not know, holds no line when refused', () => {
    const history = [{ status: 'submitted', at: CLAIM.createdAt, by: 'rep-ana' }];
    const row = claimFromServer({ ...CLAIM, history, newerField: 1 });
    expect(row).toEqual({ ...CLAIM, history, origin: 'server' });
    expect(claimFromServer(CLAIM).history).toEqual([]);
  });

  it.each([
    ['an unknown family', { family: 'toaster' }],
    ['an unknown unit', { unit: 'GBP' }],
    ['an unknown status', { status: 'lost' }],
  ])('is refused with %s', (_, change) => {
    expect(() => claimFromServer({ ...CLAIM, ...change })).toThrow();
  });
});
