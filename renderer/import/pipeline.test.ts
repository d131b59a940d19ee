import { afterEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-support';
import type { PartnerRewardsDb } from '../db/index';
import { putCatalog, quarantineOf } from '../db/index';
import { importFile } from './pipeline';

let db: PartnerRewardsDb;
afterEach(() => db.close());

const header =
  'Distributor,Partner ID,Invoice No,Line,Invoice Date,SKU,Family,Topseller,Qty,Unit Price,Currency,End Customer';
function csv(lines: number, bad: number[] = []): Uint8Array {
  const out = [header];
  for (let i = 0; i < lines; i += 1) {
    const qty = bad.includes(i) ? '-2' : String(1 + (i % 5));
    out.push(
      `INGRAM,P1,INV-${String(i).padStart(5, '0')},1,2026-05-${String(1 + (i % 28)).padStart(2, '0')},SKU-${i % 9},server,yes,${qty},1234.50,USD,Customer ${i}`,
    );
  }
  return new TextEncoder().encode(out.join('\r\n'));
}

let clock = 0;
const now = () => new Date(Date.UTC(2026, 5, 1, 0, 0, clock++)).toISOString();

describe('importFile', () => {
  it('imports good rows, quarantines bad ones with row numbers, and re-importing changes nothing', async () => {
    ({ db } = freshDb());
    const progress: number[] = [];
    const report = await importFile(db, csv(25, [3, 17]), {
      batchId: 'b1',
      fileName: 'may.csv',
      now,
      chunkSize: 10,
      onProgress: (p) => progress.push(p.done),
    });
    expect(report.status).toBe('done');
    expect(report.batch).toMatchObject({
      status: 'done',
      totalRows: 25,
      doneRows: 25,
      inserted: 23,
      quarantined: 2,
    });
    expect(progress).toEqual([0, 0, 10, 20, 25, 25]);
    const quarantine = await quarantineOf(db, 'b1');
    expect(quarantine.map((q) => [q.row, q.code])).toEqual([
      [5, 'negative_quantity'],
      [19, 'negative_quantity'],
    ]);
    expect(await db.invoiceLines.count()).toBe(23);
    const again = await importFile(db, csv(25, [3, 17]), {
      batchId: 'b2',
      fileName: 'may.csv',
      now,
    });
    expect(again.batch).toMatchObject({ inserted: 0, updated: 0, unchanged: 23, quarantined: 2 });
    expect(await db.invoiceLines.count()).toBe(23);
  });

  it('a cancel stops between chunks with a batch record; resuming completes it exactly', async () => {
    ({ db } = freshDb());
    let chunks = 0;
    const cancelled = await importFile(db, csv(40), {
      batchId: 'b1',
      fileName: 'big.csv',
      now,
      chunkSize: 10,
      onProgress: (p) => {
        if (p.phase === 'writing' && p.done > 0) chunks += 1;
      },
      isCancelled: () => chunks >= 2,
    });
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.batch).toMatchObject({ status: 'cancelled', doneRows: 20, inserted: 20 });
    expect(await db.invoiceLines.count()).toBe(20);
    const resumed = await importFile(db, csv(40), {
      batchId: 'b1',
      fileName: 'big.csv',
      now,
      chunkSize: 10,
      resume: true,
    });
    expect(resumed.batch).toMatchObject({ status: 'done', doneRows: 40, inserted: 40 });
    expect(await db.invoiceLines.count()).toBe(40);
  });

  it('a file-level problem stores nothing and explains itself', async () => {
    ({ db } = freshDb());
    const report = await importFile(db, new Uint8Array(), {
      batchId: 'b1',
      fileName: 'empty.csv',
      now,
    });
    expect(report.status).toBe('file_error');
    expect(report.fileError?.reason.length).toBeGreaterThan(10);
    expect(await db.importBatches.count()).toBe(0);
  });

  it("applies the preview's category mapping and the stored catalog's SKU families, quarantining only what stays unmapped", async () => {
    ({ db } = freshDb());
    await putCatalog(db, [
      {
        sku: '5PS7A01498',
        name: 'Premier support',
        family: 'dcg-services',
        topseller: false,
        listPriceCents: 10_000,
        accelerator: false,
      },
    ]);
    const lines = [
      header,
      'ALSO,P1,S-1,1,2026-11-03,SVC-1,Dienstleistungen,no,1,100.00,EUR,X',
      'ALSO,P1,S-1,2,2026-11-03,5PS7A01498,Dienstleistungen,no,1,100.00,EUR,X',
      'ALSO,P1,S-1,3,2026-11-03,SVC-2,Serwis,no,1,100.00,EUR,X',
    ];
    const bytes = new TextEncoder().encode(lines.join('\n'));
    const report = await importFile(db, bytes, {
      batchId: 'b1',
      fileName: 'services.csv',
      familyValues: { Dienstleistungen: 'client-services' },
      now,
    });
    expect(report.batch).toMatchObject({ inserted: 2, quarantined: 1 });
    const families = (await db.invoiceLines.toArray()).map((l) => [l.sku, l.family]).sort();
    expect(families).toEqual([
      ['5PS7A01498', 'dcg-services'],
      ['SVC-1', 'client-services'],
    ]);
    const quarantine = await quarantineOf(db, 'b1');
    expect(quarantine.map((q) => [q.row, q.code, q.value])).toEqual([
      [4, 'unknown_family', 'Serwis'],
    ]);
    expect(quarantine[0]?.reason).toContain('Choose a family for "Serwis"');
  });
});
