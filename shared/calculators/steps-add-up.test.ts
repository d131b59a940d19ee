import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../catalog/families';
import { statusTotals, spiffPayable } from '../claims/status-totals';
import { CLAIM_STATUSES } from '../claims/claim-status';
import { mulDivRound } from '../money/money';
import { LEAP_2019, SPIFF_2017 } from '../rules/defaults';
import { elevatePayout, elevateTarget } from './elevate';
import { leapBalance } from './leap';
import { loyaltyRebate } from './loyalty';
import { pdpAllocation, PDP_CATEGORIES } from './pdp';
import { spiffEarnings } from './spiff';
import { stackDeal } from './deal-stack';
import type { Step } from './steps';

/**
 * "Explain this number" must add up: every step's result follows from the inputs it shows and the
 * steps before it. One rule per step key; an explanation with a key that has no rule fails, so a
 * new step cannot ship without saying how it combines.
 */
type Check = (step: Step, before: readonly Step[]) => void;

const num = (v: unknown): number => {
  if (typeof v !== 'number') throw new Error(`expected a number, got ${String(v)}`);
  return v;
};
const results = (steps: readonly Step[], key: string | RegExp) =>
  steps
    .filter((s) => (typeof key === 'string' ? s.key === key : key.test(s.key)))
    .map((s) => num(s.result));
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const last = (steps: readonly Step[], key: string) => {
  const found = [...steps].reverse().find((s) => s.key === key);
  if (!found) throw new Error(`no ${key} step before`);
  return num(found.result);
};
const bps = (base: unknown, rate: unknown) => mulDivRound(num(base), num(rate), 10_000);

const CHECKS: Record<string, Check> = {
  // SPIFF
  'spiff.family': (s) => expect(s.result).toBe(num(s.inputs.units) * num(s.inputs.perUnitCents)),
  'claims.status': () => undefined,
  'claims.statusNotCounted': () => undefined,
  'spiff.earned': (s, before) =>
    expect(s.result).toBe(
      sum([...results(before, 'spiff.family'), ...results(before, 'claims.status')]),
    ),
  'spiff.paidBefore': (s) =>
    expect(s.result).toBe(Math.max(0, num(s.inputs.capCents) - num(s.inputs.paidThisQuarterCents))),
  'spiff.payable': (s, before) => {
    expect(s.inputs.earnedCents).toBe(last(before, 'spiff.earned'));
    expect(s.result).toBe(Math.min(num(s.inputs.earnedCents), num(s.inputs.roomLeftCents)));
  },
  'spiff.capped': (s) =>
    expect(s.result).toBe(num(s.inputs.earnedCents) - num(s.inputs.payableCents)),
  // Elevate target
  'elevate.missingQuarters': (s) => expect(s.result).toBe(0),
  'elevate.quarterRevenue': () => undefined,
  'elevate.average': (s, before) => {
    expect(s.inputs.sumCents).toBe(sum(results(before, 'elevate.quarterRevenue')));
    expect(s.result).toBe(mulDivRound(num(s.inputs.sumCents), 1, num(s.inputs.quarters)));
  },
  'elevate.growth': (s, before) => {
    expect(s.inputs.sumCents).toBe(sum(results(before, 'elevate.quarterRevenue')));
    expect(s.result).toBe(
      mulDivRound(
        num(s.inputs.sumCents),
        10_000 + num(s.inputs.growthBps),
        num(s.inputs.quarters) * 10_000,
      ),
    );
  },
  'elevate.floor': (s, before) => {
    expect(s.inputs.grownCents).toBe(last(before, 'elevate.growth'));
    expect(s.result).toBe(Math.max(num(s.inputs.grownCents), num(s.inputs.floorCents)));
  },
  'elevate.cap': (s, before) => {
    expect(s.inputs.grownCents).toBe(last(before, 'elevate.growth'));
    expect(s.result).toBe(Math.min(num(s.inputs.grownCents), num(s.inputs.capCents)));
  },
  'elevate.target': (s, before) => {
    const clamp = before.find((b) => b.key === 'elevate.floor' || b.key === 'elevate.cap');
    expect(s.result).toBe(clamp ? clamp.result : last(before, 'elevate.growth'));
  },
  // Elevate payout
  'elevate.actual': () => undefined,
  'elevate.plain': (s, before) => {
    expect(s.inputs.actualCents).toBe(last(before, 'elevate.actual'));
    expect(s.result).toBe(num(s.inputs.actualCents) - num(s.inputs.acceleratedCents));
  },
  'elevate.accelerated': (s) =>
    expect(s.result).toBe(bps(s.inputs.acceleratedCents, s.inputs.multiplierBps)),
  'elevate.counted': (s, before) => {
    const plain = before.some((b) => b.key === 'elevate.plain')
      ? last(before, 'elevate.plain')
      : last(before, 'elevate.actual');
    const accelerated = before.some((b) => b.key === 'elevate.accelerated')
      ? last(before, 'elevate.accelerated')
      : 0;
    expect([s.inputs.plainCents, s.inputs.acceleratedCountedCents]).toEqual([plain, accelerated]);
    expect(s.result).toBe(plain + accelerated);
  },
  'elevate.met': (s, before) => {
    expect(s.inputs.countedCents).toBe(last(before, 'elevate.counted'));
    expect(s.result).toBe(num(s.inputs.countedCents) >= num(s.inputs.targetCents));
  },
  'elevate.level': () => undefined,
  'elevate.revenueCap': (s, before) => {
    expect(s.inputs.countedCents).toBe(last(before, 'elevate.counted'));
    expect(s.result).toBe(Math.min(num(s.inputs.countedCents), num(s.inputs.capCents)));
  },
  'elevate.rebate': (s, before) => {
    const paidOn = before.some((b) => b.key === 'elevate.revenueCap')
      ? last(before, 'elevate.revenueCap')
      : last(before, 'elevate.counted');
    expect(s.inputs.paidOnCents).toBe(paidOn);
    expect(s.inputs.rateBps).toBe(last(before, 'elevate.level'));
    expect(s.result).toBe(bps(s.inputs.paidOnCents, s.inputs.rateBps));
  },
  'elevate.payoutCap': (s, before) => {
    expect(s.inputs.uncappedCents).toBe(last(before, 'elevate.rebate'));
    expect(s.result).toBe(Math.min(num(s.inputs.uncappedCents), num(s.inputs.capCents)));
  },
  'elevate.payout': (s, before) => {
    const met = before.find((b) => b.key === 'elevate.met')?.result === true;
    const expected = !met
      ? 0
      : before.some((b) => b.key === 'elevate.payoutCap')
        ? last(before, 'elevate.payoutCap')
        : last(before, 'elevate.rebate');
    expect(s.result).toBe(expected);
  },
  // Loyalty
  'loyalty.tier': () => undefined,
  'loyalty.total': (s, before) => {
    expect(s.inputs.perUnitCents).toBe(last(before, 'loyalty.tier'));
    expect(s.result).toBe(num(s.inputs.units) * num(s.inputs.perUnitCents));
  },
  'loyalty.nextTier': (s) =>
    expect(s.result).toBe(num(s.inputs.nextMinUnits) - num(s.inputs.units)),
  'loyalty.topTier': (s) => expect(s.result).toBeNull(),
  'loyalty.nextTierGain': (s, before) => {
    expect(s.inputs.totalCents).toBe(last(before, 'loyalty.total'));
    expect(s.inputs.totalAtNextCents).toBe(
      num(s.inputs.nextMinUnits) * num(s.inputs.nextPerUnitCents),
    );
    expect(s.result).toBe(num(s.inputs.totalAtNextCents) - num(s.inputs.totalCents));
  },
  'loyalty.nextUnit': (s, before) => {
    expect(s.inputs.totalCents).toBe(last(before, 'loyalty.total'));
    expect(s.result).toBe(num(s.inputs.totalAfterCents) - num(s.inputs.totalCents));
  },
  // LEAP
  'leap.programYear': (s) => expect(typeof s.result).toBe('string'),
  'leap.learning': () => undefined,
  'leap.sales': (s) => expect(s.result).toBe(num(s.inputs.units) * num(s.inputs.pointsPerUnit)),
  'leap.promotion': (s) => expect(typeof s.inputs.promotion).toBe('string'),
  'leap.redeemed': (s) => expect(num(s.result)).toBeLessThan(0),
  'leap.balance': (s, before) => {
    expect(s.inputs.learning).toBe(sum(results(before, 'leap.learning')));
    expect(s.inputs.sales).toBe(sum(results(before, 'leap.sales')));
    expect(s.inputs.promotions).toBe(sum(results(before, 'leap.promotion')));
    expect(s.inputs.redeemed).toBe(0 - sum(results(before, 'leap.redeemed')));
    expect(s.result).toBe(
      num(s.inputs.learning) +
        num(s.inputs.sales) +
        num(s.inputs.promotions) -
        num(s.inputs.redeemed),
    );
  },
  'leap.excluded': () => undefined,
  'leap.value': (s, before) => {
    expect(s.inputs.balancePoints).toBe(last(before, 'leap.balance'));
    expect(s.result).toBe(
      mulDivRound(Math.max(0, num(s.inputs.balancePoints)), num(s.inputs.centsPer100Points), 100),
    );
  },
  // PDP
  'pdp.bracket': () => undefined,
  'pdp.allocation': () => undefined,
  'pdp.refused': (s) => expect(s.result).toBe(0),
  'pdp.request': (s) =>
    expect(s.result).toBe(
      bps(num(s.inputs.units) * num(s.inputs.unitPriceCents), s.inputs.discountBps),
    ),
  'pdp.dcgCap': (s, before) => {
    const request = [...before].reverse().find((b) => b.key === 'pdp.request');
    expect(request?.inputs.request).toBe(s.inputs.request);
    expect(s.inputs.rebateCents).toBe(request?.result);
    expect(s.result).toBe(Math.min(num(s.inputs.rebateCents), num(s.inputs.roomCents)));
  },
  'pdp.total': (s, before) => {
    // Each request counts at its capped amount when a cap step follows it.
    let total = 0;
    before.forEach((b, i) => {
      if (b.key !== 'pdp.request') return;
      const cap = before[i + 1]?.key === 'pdp.dcgCap' ? before[i + 1] : undefined;
      total += num((cap ?? b).result);
    });
    expect(s.result).toBe(total);
  },
};

/** Deal-stack steps: every benefit line is its base × its rate. */
function checkDealStep(s: Step): void {
  if (s.key === 'deal.spiff.family')
    expect(s.result).toBe(num(s.inputs.units) * num(s.inputs.perUnitCents));
  else expect(s.result).toBe(bps(s.inputs.baseCents, s.inputs.rateBps));
}

function expectAddsUp(steps: readonly Step[]): void {
  steps.forEach((s, i) => {
    const check = CHECKS[s.key];
    if (!check) throw new Error(`step ${s.key} has no rule saying how it adds up`);
    check(s, steps.slice(0, i));
  });
}

const family = fc.constantFrom(...FAMILIES);
const cents = fc.integer({ min: 0, max: 5_000_000_000 });
const day = fc
  .integer({ min: 0, max: 700 })
  .map((n) => new Date(Date.UTC(2025, 3, 1) + n * 86_400_000).toISOString().slice(0, 10));

describe('every explanation adds up to the figure it explains', () => {
  it('SPIFF, from lines and from claims by status', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ family, quantity: fc.integer({ min: 0, max: 300 }) }), {
          maxLength: 30,
        }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (lines, paid) => {
          const r = spiffEarnings({ lines, paidThisQuarterCents: paid });
          expectAddsUp(r.steps);
          expect(r.steps.at(-1)?.key === 'spiff.capped' ? r.cappedCents : r.payableCents).toBe(
            r.steps.at(-1)?.result,
          );
        },
      ),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...CLAIM_STATUSES),
            claims: fc.integer({ min: 1, max: 50 }),
            amount: fc.integer({ min: 0, max: 2_000_000 }),
          }),
          { maxLength: 20 },
        ),
        (rows) => {
          const r = spiffPayable(statusTotals(rows), SPIFF_2017);
          expectAddsUp(r.steps);
          expect(r.steps.find((s) => s.key === 'spiff.payable')?.result).toBe(r.payableCents);
        },
      ),
    );
  });

  it('Elevate target and payout', () => {
    fc.assert(
      fc.property(fc.array(cents, { maxLength: 4 }), (revenue) => {
        const r = elevateTarget({ previousQuarterRevenueCents: revenue });
        expectAddsUp(r.steps);
        expect(r.steps.at(-1)?.result).toBe(r.targetCents);
      }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            revenueCents: fc.integer({ min: 0, max: 50_000_000 }),
            accelerator: fc.boolean(),
          }),
          {
            maxLength: 12,
          },
        ),
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.constantFrom('top', 'entry', 'closed') as fc.Arbitrary<'top' | 'entry' | 'closed'>,
        (lines, targetCents, level) => {
          const r = elevatePayout({ targetCents, level, lines });
          expectAddsUp(r.steps);
          expect(r.steps.find((s) => s.key === 'elevate.counted')?.result).toBe(r.countedCents);
          expect(r.steps.at(-1)?.result).toBe(r.payoutCents);
        },
      ),
    );
  });

  it('loyalty', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (units) => {
        const r = loyaltyRebate({ units });
        expectAddsUp(r.steps);
        expect(r.steps.find((s) => s.key === 'loyalty.total')?.result).toBe(r.totalCents);
      }),
    );
  });

  it('LEAP', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            kind: fc.constantFrom(
              'course',
              'roadmap',
              'certification',
              'webinar',
            ) as fc.Arbitrary<'course'>,
            completedOn: day,
          }),
          { maxLength: 10 },
        ),
        fc.array(fc.record({ family, quantity: fc.integer({ min: 0, max: 40 }), claimedOn: day }), {
          maxLength: 10,
        }),
        fc.array(fc.record({ points: fc.integer({ min: 0, max: 3_000 }), requestedOn: day }), {
          maxLength: 4,
        }),
        (activities, sales, redemptions) => {
          const r = leapBalance(
            { asOf: '2026-11-25', activities, sales, redemptions, promotions: [] },
            { ...LEAP_2019, promotions: [] },
          );
          expectAddsUp(r.steps);
          expect(r.steps.find((s) => s.key === 'leap.balance')?.result).toBe(r.balancePoints);
        },
      ),
    );
  });

  it('the deal stack and PDP', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            family,
            topseller: fc.boolean(),
            quantity: fc.integer({ min: 1, max: 2_000 }),
            partnerPriceCents: fc.integer({ min: 0, max: 50_000_000 }),
          }),
          { minLength: 1, maxLength: 10 },
        ),
        fc.constantFrom('new', 'registered', 'none') as fc.Arbitrary<'new' | 'registered' | 'none'>,
        (lines, customer) => {
          const r = stackDeal({ lines, customer });
          for (const benefit of r.benefits) {
            benefit.steps.forEach(checkDealStep);
            expect(sum(benefit.steps.map((s) => num(s.result)))).toBe(benefit.amountCents);
          }
          expect(sum(r.benefits.map((b) => b.amountCents))).toBe(r.totalCents);
        },
      ),
    );
    fc.assert(
      fc.property(
        cents,
        fc.array(
          fc.record({
            category: fc.constantFrom(...PDP_CATEGORIES),
            quantity: fc.integer({ min: 0, max: 8 }),
            unitPriceCents: fc.integer({ min: 0, max: 5_000_000 }),
            purchasedOn: fc.constant('2026-10-01'),
            requestedOn: fc.constantFrom('2026-10-05', '2026-11-20'),
          }),
          { maxLength: 8 },
        ),
        (previousQuarterPurchasesCents, requests) => {
          const r = pdpAllocation({ previousQuarterPurchasesCents, requests });
          expectAddsUp(r.steps);
          expect(r.steps.at(-1)?.result).toBe(r.rebateCents);
        },
      ),
    );
  });
});
