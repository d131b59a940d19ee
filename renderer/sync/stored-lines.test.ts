import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PartnerRewardsDb } from '../db/database';
import { toInvoiceRow, upsertInvoiceRows } from '../db/invoices-repo';
import { freshDb, makeLine } from '../db/test-support';
import { storedLines } from './stored-lines';

let db: PartnerRewardsDb;
afterEach(() => db.close());

describe('finding the stored copies of pulled lines', () => {
  it('answers exactly what a get per key answers, for keys stored, new, repeated and between', async () => {
    ({ db } = freshDb());
    const all = Array.from({ length: 400 }, (_, i) => toInvoiceRow(makeLine(i), 'b1'));
    // Every fifth line stored: the slices' ranges hold stored and new keys side by side.
    await upsertInvoiceRows(
      db,
      all.filter((_, i) => i % 5 === 0),
    );
    const keys = [...all.map((r) => r.key).reverse(), all[10]?.key ?? '', 'zz-not-a-key'];
    const expected = await db.invoiceLines.bulkGet(keys);
    const got = await db.transaction('r', db.invoiceLines, () => storedLines(db, keys));
    expect(got).toEqual(expected);
    expect(got.filter(Boolean)).toHaveLength(81);
  });

  it('reads key by key only the stored keys of a slice, or all of a crowded one', async () => {
    ({ db } = freshDb());
    const all = Array.from({ length: 1000 }, (_, i) => toInvoiceRow(makeLine(i), 'b1'));
    await upsertInvoiceRows(db, all);
    const gets = vi.spyOn(db.invoiceLines, 'bulkGet');
    // Every tenth key: each slice's range holds ten times its keys, more than listed at most.
    const sparse = all.filter((_, i) => i % 10 === 0).map((r) => r.key);
    expect(await storedLines(db, sparse)).toEqual(await db.invoiceLines.bulkGet(sparse));
    expect(gets.mock.calls[0]?.[0]).toHaveLength(100);
    gets.mockClear();
    const fresh = ['INGRAM\u001fINV-0000000\u001f9', 'INGRAM\u001fINV-0000001\u001f9'];
    expect(await storedLines(db, [all[0]?.key ?? '', ...fresh])).toEqual([
      all[0],
      undefined,
      undefined,
    ]);
    expect(gets.mock.calls[0]?.[0]).toEqual([all[0]?.key]);
  });

  it('reads only the stored keys, none when no stored line falls in a slice’s range', async () => {
    ({ db } = freshDb());
    await upsertInvoiceRows(db, [toInvoiceRow(makeLine(0, { distributor: 'AAA' }), 'b1')]);
    const fresh = Array.from({ length: 200 }, (_, i) => toInvoiceRow(makeLine(i), 'b1').key);
    const gets = vi.spyOn(db.invoiceLines, 'bulkGet');
    const got = await storedLines(db, fresh);
    expect(got).toEqual(fresh.map(() => undefined));
    expect(gets).not.toHaveBeenCalled();
  });
});
