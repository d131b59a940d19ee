import { describe, expect, it } from 'vitest';
import { parseDistributorFile } from '../../../shared/import/index';
import {
  applyStored,
  distributorOf,
  fullMapping,
  readStored,
  settingKey,
  toStored,
} from './mapping-memory';

const csv = (s: string) => new TextEncoder().encode(s);

describe('mapping memory', () => {
  it('stores header texts and reapplies them where the columns moved', () => {
    const full = fullMapping({ invoiceNo: 0, quantity: 2 });
    expect(full.sku).toBeNull();
    const stored = toStored({ ...full, sku: 1 }, ['Inv', 'Part', 'Menge']);
    expect(stored).toMatchObject({ invoiceNo: 'Inv', sku: 'Part', quantity: 'Menge', date: null });
    expect(applyStored(stored, ['menge', 'X', 'INV'])).toMatchObject({
      invoiceNo: 2,
      quantity: 0,
      date: null,
    });
    expect(applyStored(stored, ['menge', 'X', 'INV']).sku).toBeUndefined();
  });

  it('reads back only well-formed settings', () => {
    expect(readStored(null)).toBeNull();
    expect(readStored([1])).toBeNull();
    expect(readStored({ sku: 'Part', bogus: 'x', date: 3 })).toEqual({ sku: 'Part' });
    expect(settingKey(' Ingram ')).toBe('importMapping:Ingram');
  });

  it('finds the distributor from accepted or rejected rows, else the fallback', async () => {
    const good = await parseDistributorFile(
      csv(
        'Distributor,Partner ID,Invoice No,Line,Invoice Date,SKU,Family,Qty,Unit Price,Currency\nIngram,P,I,1,2026-05-14,S,notebook,1,10,USD\n',
      ),
      { fileName: 'a.csv' },
    );
    expect(distributorOf(good, 'x')).toBe('Ingram');
    const bad = await parseDistributorFile(
      csv(
        'Distributor,Partner ID,Invoice No,Line,Invoice Date,SKU,Family,Qty,Unit Price,Currency\nTD,P,I,1,2026-05-14,S,notebook,-1,10,USD\n',
      ),
      { fileName: 'a.csv' },
    );
    expect(distributorOf(bad, 'x')).toBe('TD');
    const none = await parseDistributorFile(
      csv(
        'Partner ID,Invoice No,Line,Invoice Date,SKU,Family,Qty,Unit Price,Currency\nP,I,1,2026-05-14,S,notebook,1,10,USD\n',
      ),
      { fileName: 'a.csv' },
    );
    expect(distributorOf(none, ' Fallback ')).toBe('Fallback');
  });
});
