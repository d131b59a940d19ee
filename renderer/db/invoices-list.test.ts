// liveQuery runs its querier only where a global indexedDB exists (Dexie checks the global).
import 'fake-indexeddb/auto';
import { liveQuery } from 'dexie';
import { describe, expect, it } from 'vitest';
import { listInvoiceLines, toInvoiceRow, upsertInvoiceRows } from './invoices-repo';
import type { InvoiceRow } from './rows';
import { freshDb, makeLine } from './test-support';

const rows = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) =>
    toInvoiceRow(makeLine(from + i, { date: '2026-05-10' }), 'b1'),
  );

describe('listInvoiceLines', () => {
  it('returns the quarter newest first with every stored value unchanged', async () => {
    const { db } = freshDb();
    const stored = [
      toInvoiceRow(makeLine(1, { date: '2026-04-02' }), 'b1'),
      toInvoiceRow(makeLine(2, { date: '2026-06-30' }), 'b1'),
      toInvoiceRow(makeLine(3, { date: '2026-05-15' }), 'b2'),
      toInvoiceRow(makeLine(4, { date: '2026-07-01' }), 'b2'), // next quarter
    ];
    await upsertInvoiceRows(db, stored);
    const listed = await listInvoiceLines(db, { quarter: stored[0]?.quarter ?? '' });
    expect(listed.map((r) => r.date)).toEqual(['2026-06-30', '2026-05-15', '2026-04-02']);
    expect(listed).toEqual([stored[1], stored[2], stored[0]]);
  });

  it('filters by family and by text (invoice, SKU, customer)', async () => {
    const { db } = freshDb();
    const stored = rows(0, 40);
    await upsertInvoiceRows(db, stored);
    const quarter = stored[0]?.quarter ?? '';
    const family = stored[0]?.family ?? 'server';
    const byFamily = await listInvoiceLines(db, { quarter, family });
    expect(byFamily.length).toBe(stored.filter((r) => r.family === family).length);
    expect(byFamily.every((r) => r.family === family)).toBe(true);
    const byText = await listInvoiceLines(db, { quarter, text: '  CUSTOMER 7 ' });
    expect(byText.map((r) => r.customerName)).toEqual(['Customer 7']);
  });

  it('inside a live query, emits again when a line of the quarter is added', async () => {
    const { db } = freshDb();
    const first = rows(0, 3);
    await upsertInvoiceRows(db, first);
    const quarter = first[0]?.quarter ?? '';
    const seen: number[] = [];
    const grown = new Promise<void>((resolve, reject) => {
      const subscription = liveQuery(() => listInvoiceLines(db, { quarter })).subscribe({
        next: (value: InvoiceRow[]) => {
          seen.push(value.length);
          if (value.length === 4) {
            subscription.unsubscribe();
            resolve();
          }
        },
        error: reject,
      });
    });
    await new Promise((r) => setTimeout(r, 20));
    await upsertInvoiceRows(db, rows(3, 4));
    await grown;
    expect(seen).toEqual([3, 4]);
  });
});
