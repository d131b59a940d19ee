import { describe, expect, it } from 'vitest';
import { leapBalance } from './leap';

describe('leapBalance', () => {
  const base = {
    asOf: '2019-11-20',
    activities: [
      { kind: 'course' as const, completedOn: '2019-05-02' },
      { kind: 'course' as const, completedOn: '2019-11-03', points: 150 },
      { kind: 'certification' as const, completedOn: '2019-07-10' },
      { kind: 'course' as const, completedOn: '2019-03-31' }, // previous program year
    ],
    sales: [
      { family: 'server' as const, quantity: 2, claimedOn: '2019-06-01' },
      { family: 'storage' as const, quantity: 1, claimedOn: '2019-11-15' },
      { family: 'server' as const, quantity: 1, claimedOn: '2019-12-01' }, // after asOf
    ],
    promotions: [{ promotionId: 'amd-sell-and-learn', awardedOn: '2019-09-30' }],
    redemptions: [
      { points: 2_000, requestedOn: '2019-10-01', status: 'fulfilled' as const },
      { points: 500, requestedOn: '2019-11-10' },
      { points: 9_999, requestedOn: '2019-11-11', status: 'cancelled' as const },
    ],
  };

  it('sums learning, sales and promotions over the program year minus redemptions', () => {
    const result = leapBalance(base);
    expect(result.programYear).toEqual({
      fiscalYear: 2019,
      start: '2019-04-01',
      end: '2020-03-31',
    });
    expect(result.earnedPoints).toEqual({
      learning: 100 + 150 + 1_000,
      sales: 2 * 250 + 200,
      promotions: 6_000,
    });
    expect(result.redeemedPoints).toBe(2_500);
    expect(result.balancePoints).toBe(1_250 + 700 + 6_000 - 2_500);
    expect(result.excludedEntries).toBe(2);
    // November: +150 course, +200 storage, −500 redemption
    expect(result.monthChangePoints).toBe(-150);
    expect(result.valueCents).toBe(5_450);
    expect(result.rule.version).toBe('leap-2019.1');
  });

  it('starts a new year on 1 April', () => {
    expect(leapBalance({ ...base, asOf: '2020-04-01' }).balancePoints).toBe(0);
  });

  it('rejects unknown promotions and awards outside a promotion', () => {
    expect(() =>
      leapBalance({
        asOf: '2019-11-20',
        promotions: [{ promotionId: 'nope', awardedOn: '2019-05-01' }],
      }),
    ).toThrow(/promotions\[0\]\.promotionId/);
    expect(() =>
      leapBalance({
        asOf: '2020-11-20',
        promotions: [{ promotionId: 'amd-sell-and-learn', awardedOn: '2020-05-01' }],
      }),
    ).toThrow(/promotions\[0\]\.awardedOn: .*outside/);
    expect(() =>
      leapBalance({
        asOf: '2019-11-20',
        activities: [{ kind: 'quiz' as never, completedOn: '2019-05-01' }],
      }),
    ).toThrow(/activities\[0\]\.kind/);
    expect(() =>
      leapBalance({
        asOf: '2019-11-20',
        sales: [{ family: 'server', quantity: -1, claimedOn: '2019-05-01' }],
      }),
    ).toThrow(/sales\[0\]\.quantity/);
  });
});
