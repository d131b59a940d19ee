import { describe, expect, it } from 'vitest';
import { LOYALTY_2017 } from '../rules/defaults';
import { loyaltyRebate } from './loyalty';

describe('loyaltyRebate', () => {
  it.each([
    [0, 0, 10, 0],
    [9, 0, 1, 5_000], // the 10th unit is worth EUR 50: the whole quarter moves up a tier
    [10, 500, 15, 500],
    [24, 500, 1, 13_000], // 25 × 10 − 24 × 5 = 130
    [25, 1_000, 25, 1_000],
    [49, 1_000, 1, 26_000], // 50 × 15 − 49 × 10 = 260
    [50, 1_500, null, 1_500],
    [120, 1_500, null, 1_500],
  ])(
    '%i units: EUR %i cents a unit, %s to next tier, next unit worth %i',
    (units, perUnit, nextTier, nextUnit) => {
      const result = loyaltyRebate({ units });
      expect(result.perUnitCents).toBe(perUnit);
      expect(result.totalCents).toBe(units * perUnit);
      expect(result.nextTierUnits).toBe(nextTier);
      expect(result.nextUnitValueCents).toBe(nextUnit);
    },
  );

  it('explains with the rule version', () => {
    const result = loyaltyRebate({ units: 30 });
    expect(result.rule.version).toBe('loyalty-2017.1');
    expect(result.steps.map((s) => s.key)).toEqual([
      'loyalty.tier',
      'loyalty.total',
      'loyalty.nextTier',
      'loyalty.nextTierGain',
      'loyalty.nextUnit',
    ]);
    expect(loyaltyRebate({ units: 50 }).steps.map((s) => s.key)).toEqual([
      'loyalty.tier',
      'loyalty.total',
      'loyalty.topTier',
      'loyalty.nextUnit',
    ]);
  });

  it.each([
    // [units, units to go, gain of reaching the next tier]
    [42, 8, 33_000], // 50 × €15 − 42 × €10: the whole gain, not the next unit's €10
    [0, 10, 5_000],
    [9, 1, 5_000],
    [10, 15, 20_000], // 25 × €10 − 10 × €5
    [49, 1, 26_000], // the last unit before a tier: gain equals the next unit's value
  ])('%i units: %i more reach the next tier and add %i cents', (units, toGo, gain) => {
    const result = loyaltyRebate({ units });
    expect(result.nextTierUnits).toBe(toGo);
    expect(result.nextTierGainCents).toBe(gain);
    const shown = result.steps.find((s) => s.key === 'loyalty.nextTierGain');
    expect(shown?.result).toBe(gain);
    expect(Number(shown?.inputs.totalAtNextCents) - Number(shown?.inputs.totalCents)).toBe(gain);
  });

  it('has no next-tier gain at the top tier', () => {
    expect(loyaltyRebate({ units: 50 }).nextTierGainCents).toBeNull();
    expect(loyaltyRebate({ units: 120 }).nextTierGainCents).toBeNull();
  });

  it('rejects tiers out of order and negative units', () => {
    const bad = {
      ...LOYALTY_2017,
      tiers: [
        { minUnits: 0, perUnitCents: 0 },
        { minUnits: 25, perUnitCents: 1_000 },
        { minUnits: 10, perUnitCents: 500 },
      ],
    };
    expect(() => loyaltyRebate({ units: 1 }, bad)).toThrow(/^rules\.tiers: /);
    expect(() => loyaltyRebate({ units: -3 })).toThrow(/^units: must not be negative/);
  });
});
