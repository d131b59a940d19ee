import { describe, expect, it } from 'vitest';
import type { ImportBatchRow } from '../../db/index';
import { canResume, isInterrupted, isSameFile, percent, sha256Hex } from './batches';

const batch = (over: Partial<ImportBatchRow>): ImportBatchRow => ({
  id: 'b1',
  fileName: 'f.csv',
  distributor: 'Ingram',
  startedAt: '2026-11-25T10:00:00Z',
  status: 'done',
  totalRows: 10,
  doneRows: 10,
  inserted: 10,
  updated: 0,
  unchanged: 0,
  quarantined: 0,
  ...over,
});

describe('batches', () => {
  it('offers resume for interrupted, cancelled and failed batches', () => {
    expect(canResume(batch({ status: 'running', doneRows: 4 }), null)).toBe(true);
    expect(canResume(batch({ status: 'running', doneRows: 4 }), 'b1')).toBe(false);
    expect(canResume(batch({ status: 'cancelled', doneRows: 4 }), null)).toBe(true);
    expect(canResume(batch({ status: 'failed', doneRows: 0 }), null)).toBe(true);
    expect(canResume(batch({ status: 'done' }), null)).toBe(false);
    expect(isInterrupted(batch({ status: 'running' }), null)).toBe(true);
  });

  it('recognises the same file by hash, else by name', async () => {
    const hash = await sha256Hex(new TextEncoder().encode('abc'));
    expect(hash).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    const withHash = { ...batch({}), fileHash: hash } as ImportBatchRow;
    expect(isSameFile(withHash, 'other.csv', hash)).toBe(true);
    expect(isSameFile(withHash, 'f.csv', 'nope')).toBe(false);
    expect(isSameFile(batch({}), 'f.csv', 'x')).toBe(true);
  });

  it('computes a safe percentage', () => {
    expect(percent(5, 10)).toBe(50);
    expect(percent(0, 0)).toBe(0);
  });
});
