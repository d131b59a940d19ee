import { describe, expect, it } from 'vitest';
import { lineFromServer } from './pulled-rows';

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
