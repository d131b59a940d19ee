import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_VERSIONS, rulesOn } from '../../../shared/index';
import { leapReconciliation, spiffReconciliation } from './reconciliation';
import { agg } from './test-rows';

const spiff = rulesOn('2026-11-25', DEFAULT_RULE_VERSIONS).spiff;

describe('reconciliation', () => {
  it('lists LEAP points for every status of one rep; claimed and credited name their statuses', () => {
    const r = leapReconciliation(
      [
        agg({ program: 'leap', unit: 'points', status: 'draft', claims: 2, amount: 100 }),
        agg({ program: 'leap', unit: 'points', status: 'queued', claims: 1, amount: 5 }),
        agg({ program: 'leap', unit: 'points', status: 'approved', claims: 1, amount: 40 }),
        agg({ program: 'leap', unit: 'points', status: 'paid', claims: 1, amount: 10 }),
        agg({ program: 'leap', unit: 'points', status: 'rejected', claims: 3, amount: 30 }),
        agg({ program: 'leap', unit: 'points', status: 'paid', repId: 'rep-ben', amount: 999 }),
      ],
      'rep-ana',
    );
    expect(r.rows).toEqual([
      { status: 'draft', claims: 2, amount: 100 },
      { status: 'queued', claims: 1, amount: 5 },
      { status: 'submitted', claims: 0, amount: 0 },
      { status: 'approved', claims: 1, amount: 40 },
      { status: 'paid', claims: 1, amount: 10 },
      { status: 'rejected', claims: 3, amount: 30 },
      { status: 'withdrawn', claims: 0, amount: 0 },
    ]);
    expect(r.claimedPoints).toBe(55);
    expect(r.creditedPoints).toBe(50);
  });

  it('SPIFF payable never counts drafts, and is capped with the excess shown', () => {
    const r = spiffReconciliation(
      [
        agg({ status: 'paid', claims: 70, units: 70, amount: 70 * 150_00 }),
        agg({ status: 'draft', claims: 5, units: 5, amount: 5 * 150_00 }),
      ],
      'rep-ana',
      spiff,
    );
    expect(r.earned.earnedCents).toBe(70 * spiff.perUnitCents.server);
    expect(r.earned.payableCents).toBe(spiff.capCentsPerQuarter);
    expect(r.earned.cappedCents).toBe(70 * 150_00 - spiff.capCentsPerQuarter);
    expect(r.rows.find((row) => row.status === 'draft')).toEqual({
      status: 'draft',
      claims: 5,
      amount: 5 * 150_00,
    });
  });
});
