import { describe, expect, it } from 'vitest';
import { SPIFF_2017 } from '../rules/defaults';
import { spiffPayable, statusTotals, sumOf, EARNED_STATUSES } from './status-totals';

const rows = [
  { status: 'draft' as const, claims: 2, amount: 30_000 },
  { status: 'queued' as const, claims: 3, amount: 45_000 },
  { status: 'submitted' as const, claims: 1, amount: 15_000 },
  { status: 'approved' as const, claims: 1, amount: 2_000 },
  { status: 'paid' as const, claims: 4, amount: 60_000 },
  { status: 'rejected' as const, claims: 1, amount: 15_000 },
  { status: 'queued' as const, claims: 1, amount: 15_000 },
];

describe('claims by status', () => {
  it('lists every status in order, summed', () => {
    const totals = statusTotals(rows);
    expect(totals.map((t) => t.status)).toEqual([
      'draft',
      'queued',
      'submitted',
      'approved',
      'paid',
      'rejected',
      'withdrawn',
    ]);
    expect(totals[1]).toEqual({ status: 'queued', claims: 4, amount: 60_000 });
    expect(totals[6]).toEqual({ status: 'withdrawn', claims: 0, amount: 0 });
  });

  it('payable never counts drafts, rejected or withdrawn claims', () => {
    const result = spiffPayable(statusTotals(rows), SPIFF_2017);
    expect(result.earnedCents).toBe(60_000 + 15_000 + 2_000 + 60_000);
    expect(result.payableCents).toBe(137_000);
    const counted = result.steps.filter((s) => s.key === 'claims.status');
    expect(counted.map((s) => s.inputs.status)).toEqual([
      'queued',
      'submitted',
      'approved',
      'paid',
    ]);
    expect(counted.reduce((s, c) => s + (c.result as number), 0)).toBe(result.earnedCents);
    expect(
      result.steps.filter((s) => s.key === 'claims.statusNotCounted').map((s) => s.inputs.status),
    ).toEqual(['draft', 'rejected']);
  });

  it('caps payable at the quarterly cap and shows what is beyond it', () => {
    const big = statusTotals([{ status: 'queued', claims: 70, amount: 1_050_000 }]);
    const result = spiffPayable(big, SPIFF_2017);
    expect(result.payableCents).toBe(1_000_000);
    expect(result.cappedCents).toBe(50_000);
    expect(sumOf(big, EARNED_STATUSES)).toBe(1_050_000);
  });
});
