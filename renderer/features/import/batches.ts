import type { ImportBatchRow } from '../../db/index';

/**
 * A batch can be resumed when it stopped before its end: cancelled, failed, or still 'running'
 * although no import of this window is running it (the app was closed or crashed mid-import).
 */
export function canResume(batch: ImportBatchRow, activeBatchId: string | null): boolean {
  if (batch.doneRows >= batch.totalRows && batch.status !== 'running') return false;
  if (batch.status === 'running') return batch.id !== activeBatchId;
  return batch.status === 'cancelled' || batch.status === 'failed';
}

export function isInterrupted(batch: ImportBatchRow, activeBatchId: string | null): boolean {
  return batch.status === 'running' && batch.id !== activeBatchId;
}

/** The SHA-256 recorded when the batch started, if any. */
export function batchHash(batch: ImportBatchRow): string | undefined {
  const value: unknown = (batch as ImportBatchRow & { fileHash?: unknown }).fileHash;
  return typeof value === 'string' ? value : undefined;
}

/** Whether the chosen file is the batch's file (unknown hash: trust the name). */
export function isSameFile(batch: ImportBatchRow, fileName: string, hash: string): boolean {
  const recorded = batchHash(batch);
  return recorded ? recorded === hash : batch.fileName === fileName;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Percentage done (0-100), safe for a batch with no rows. */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
}
