import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_VERSIONS, rulesOn } from '../../../shared/index';
import { leapReconciliation, spiffReconciliation } from './reconciliation';
import { agg } from './test-rows';

const spiff = rulesOn('2026-11-25', DEFAULT_RULE_VERSIONS).spiff;

describe('reconciliation', () => {
  it('counts LEAP points by stage for one rep', () => {
    const r = leapReconciliation(
      [
        agg({ program: 'leap', unit: 'points', status: 'draft', claims: 2, amount: 100 }),
        agg({ program: 'leap', unit: 'points', status: 'approved', claims: 1, amount: 40 }),
        agg({ program: 'leap', unit: 'points', status: 'paid', claims: 1, amount: 10 }),
        agg({ program: 'leap', unit: 'points', status: 'rejected', claims: 3, amount: 30 }),
        agg({ program: 'leap', unit: 'points', status: 'paid', repId: 'rep-ben', amount: 999 }),
      ],
      'rep-ana',
    );
    expect(r.stages).toEqual([
      { stage: 'earned', claims: 4, amount: 150 },
      { stage: 'claimed', claims: 2, amount: 50 },
      { stage: 'approved', claims: 2, amount: 50 },
      { stage: 'paid', claims: 1, amount: 10 },
      { stage: 'rejected', claims: 3, amount: 30 },
    ]);
  });

  it('computes SPIFF earned with the calculator and caps what is paid', () => {
    const r = spiffReconciliation(
      [agg({ status: 'paid', claims: 70, units: 70, amount: 70 * 150_00 })],
      'rep-ana',
      spiff,
    );
    expect(r.earned.earnedCents).toBe(70 * spiff.perUnitCents.server);
    const paid = r.stages.find((s) => s.stage === 'paid');
    expect(paid).toEqual({
      stage: 'paid',
      claims: 70,
      amount: Math.min(70 * 150_00, spiff.capCentsPerQuarter),
    });
    expect(r.earned.steps.length).toBeGreaterThan(0);
  });
});
