import type { PartnerRewardsDb } from './database';
import { guardStorage } from './errors';
import { invoiceLineTables, upsertInTransaction, type UpsertResult } from './invoices-repo';
import type { ImportBatchRow, InvoiceRow, QuarantineRow } from './rows';

/**
 * An import is a batch record plus chunks. Each chunk (its lines, its quarantined rows and the
 * batch's progress counters) commits in one transaction, so at any instant — after a cancel, a
 * crash, a full disk — the batch record says exactly how far the file got, and importing the same
 * file again completes it without duplicating anything (lines are keyed, unchanged ones skipped).
 */

export interface NewBatch {
  readonly id: string;
  readonly fileName: string;
  readonly distributor: string;
  readonly startedAt: string;
  readonly totalRows: number;
  readonly detected?: unknown;
  /** SHA-256 of the file's bytes: recognises a file imported before. */
  readonly fileHash?: string;
}

export async function startImportBatch(
  db: PartnerRewardsDb,
  batch: NewBatch,
): Promise<ImportBatchRow> {
  const row: ImportBatchRow = {
    ...batch,
    status: 'running',
    doneRows: 0,
    inserted: 0,
    updated: 0,
    unchanged: 0,
    quarantined: 0,
  };
  await guardStorage(() => db.importBatches.put(row));
  return row;
}

export interface ChunkWrite {
  readonly batchId: string;
  readonly rows: readonly InvoiceRow[];
  readonly quarantined: readonly Omit<QuarantineRow, 'id' | 'batchId'>[];
  /** Source rows this chunk covers (imported + quarantined). */
  readonly sourceRows: number;
}

export async function writeImportChunk(
  db: PartnerRewardsDb,
  chunk: ChunkWrite,
): Promise<UpsertResult> {
  return guardStorage(() =>
    db.transaction('rw', [...invoiceLineTables(db), db.quarantine, db.importBatches], async () => {
      const batch = await db.importBatches.get(chunk.batchId);
      if (!batch) throw new Error(`Import batch ${chunk.batchId} does not exist`);
      if (batch.status !== 'running')
        throw new Error(`Import batch ${chunk.batchId} is ${batch.status}`);
      const result = await upsertInTransaction(db, chunk.rows);
      if (chunk.quarantined.length)
        await db.quarantine.bulkAdd(
          chunk.quarantined.map((q) => ({ ...q, batchId: chunk.batchId })),
        );
      await db.importBatches.update(chunk.batchId, {
        doneRows: batch.doneRows + chunk.sourceRows,
        inserted: batch.inserted + result.inserted,
        updated: batch.updated + result.updated,
        unchanged: batch.unchanged + result.unchanged,
        quarantined: batch.quarantined + chunk.quarantined.length,
      });
      return result;
    }),
  );
}

export async function finishImportBatch(
  db: PartnerRewardsDb,
  batchId: string,
  status: 'done' | 'cancelled' | 'failed',
  finishedAt: string,
  error?: string,
): Promise<ImportBatchRow | undefined> {
  await db.importBatches.update(batchId, { status, finishedAt, ...(error ? { error } : {}) });
  return db.importBatches.get(batchId);
}

export async function listImportBatches(
  db: PartnerRewardsDb,
  limit = 50,
): Promise<ImportBatchRow[]> {
  return db.importBatches.orderBy('startedAt').reverse().limit(limit).toArray();
}

export async function quarantineOf(
  db: PartnerRewardsDb,
  batchId: string,
): Promise<QuarantineRow[]> {
  return db.quarantine.where('batchId').equals(batchId).sortBy('row');
}

/** A running batch left behind by a crash or a closed window: offer to resume it. */
export async function interruptedBatches(db: PartnerRewardsDb): Promise<ImportBatchRow[]> {
  return db.importBatches.where('status').equals('running').toArray();
}
