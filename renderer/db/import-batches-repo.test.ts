import { afterEach, describe, expect, it } from 'vitest';
import { ELEVATE_2019 } from '../../shared/index';
import type { PartnerRewardsDb } from './database';
import {
  finishImportBatch,
  interruptedBatches,
  quarantineOf,
  startImportBatch,
  writeImportChunk,
} from './import-batches-repo';
import { toInvoiceRow } from './invoices-repo';
import { acceptElevateTarget, PermissionError } from './programs-repo';
import { StorageFullError } from './errors';
import { freshDb, makeLine } from './test-support';

let db: PartnerRewardsDb;
afterEach(() => db.close());

const batch = {
  id: 'b1',
  fileName: 'ingram-2026-05.csv',
  distributor: 'INGRAM',
  startedAt: '2026-06-01T00:00:00Z',
  totalRows: 30,
};
const rows = (from: number, to: number) =>
  Array.from({ length: to - from }, (_, i) => toInvoiceRow(makeLine(from + i), 'b1'));

describe('import batches', () => {
  it('commits each chunk with its quarantine and progress, so a cancelled import says how far it got', async () => {
    ({ db } = freshDb());
    await startImportBatch(db, batch);
    await writeImportChunk(db, {
      batchId: 'b1',
      rows: rows(0, 9),
      quarantined: [
        {
          row: 5,
          code: 'negative_quantity',
          reason: 'Quantity is negative (-3)',
          raw: { Qty: '-3' },
        },
      ],
      sourceRows: 10,
    });
    await writeImportChunk(db, {
      batchId: 'b1',
      rows: rows(9, 19),
      quarantined: [],
      sourceRows: 10,
    });
    expect(await interruptedBatches(db)).toHaveLength(1);
    const cancelled = await finishImportBatch(db, 'b1', 'cancelled', '2026-06-01T00:01:00Z');
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      doneRows: 20,
      inserted: 19,
      quarantined: 1,
    });
    expect(await db.invoiceLines.count()).toBe(19);
    expect(await quarantineOf(db, 'b1')).toEqual([
      expect.objectContaining({ row: 5, code: 'negative_quantity' }),
    ]);
    await expect(
      writeImportChunk(db, { batchId: 'b1', rows: rows(19, 29), quarantined: [], sourceRows: 10 }),
    ).rejects.toThrow(/is cancelled/);
    expect(await db.invoiceLines.count()).toBe(19);
  });

  it('a chunk that fails on a full disk leaves neither its lines nor its progress', async () => {
    ({ db } = freshDb());
    await startImportBatch(db, batch);
    const original = db.quarantine.bulkAdd.bind(db.quarantine);
    db.quarantine.bulkAdd = (() =>
      Promise.reject(new DOMException('full', 'QuotaExceededError'))) as never;
    await expect(
      writeImportChunk(db, {
        batchId: 'b1',
        rows: rows(0, 10),
        quarantined: [{ row: 2, code: 'bad_date', reason: 'x', raw: {} }],
        sourceRows: 11,
      }),
    ).rejects.toBeInstanceOf(StorageFullError);
    db.quarantine.bulkAdd = original;
    expect(await db.invoiceLines.count()).toBe(0);
    expect(await db.lineAggregates.count()).toBe(0);
    expect(await db.importBatches.get('b1')).toMatchObject({
      doneRows: 0,
      inserted: 0,
      status: 'running',
    });
  });
});

describe('Elevate acceptance', () => {
  const rep = {
    id: 'u1',
    name: 'Ana',
    role: 'rep' as const,
    partnerId: 'P1',
    canAcceptTargets: false,
  };
  const owner = { ...rep, id: 'u2', name: 'Ben', canAcceptTargets: true };

  it('only a permitted user may accept; who, when and the level are recorded with an outbox mutation', async () => {
    ({ db } = freshDb());
    const request = {
      partnerId: 'P1',
      quarter: 'FY2026-Q1',
      targetCents: 550_000,
      acceptedOn: '2026-05-03',
      now: '2026-05-03T08:00:00Z',
    };
    await expect(
      acceptElevateTarget(db, { ...request, user: rep }, ELEVATE_2019),
    ).rejects.toBeInstanceOf(PermissionError);
    const row = await acceptElevateTarget(db, { ...request, user: owner }, ELEVATE_2019);
    expect(row).toMatchObject({
      level: 'entry',
      acceptedBy: 'u2',
      acceptedOn: '2026-05-03',
      ruleVersion: 'elevate-2019.2',
    });
    expect(await db.outbox.count()).toBe(1);
    await expect(
      acceptElevateTarget(db, { ...request, user: owner }, ELEVATE_2019),
    ).rejects.toThrow(/already accepted/);
  });
});
