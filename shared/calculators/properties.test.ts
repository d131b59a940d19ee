import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAMILIES } from '../catalog/families';
import { SPIFF_2017 } from '../rules/defaults';
import { elevatePayout, elevateTarget } from './elevate';
import { loyaltyRebate } from './loyalty';
import { spiffEarnings } from './spiff';
import { stackDeal } from './deal-stack';
import { leapBalance } from './leap';

const family = fc.constantFrom(...FAMILIES);
const spiffLine = fc.record({ family, quantity: fc.integer({ min: 0, max: 500 }) });
const dealLine = fc.record({
  family,
  topseller: fc.boolean(),
  quantity: fc.integer({ min: 0, max: 2_000 }),
  partnerPriceCents: fc.integer({ min: 0, max: 50_000_000 }),
});
const cents = fc.integer({ min: 0, max: 10_000_000_000 });

/** Every number anywhere in a result (including its steps) is an integer, except marginPct. */
function allNumbers(value: unknown, path = ''): [string, number][] {
  if (typeof value === 'number') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => allNumbers(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => allNumbers(v, `${path}.${k}`));
  return [];
}
const expectIntegers = (result: unknown) => {
  for (const [path, n] of allNumbers(result))
    if (!path.endsWith('marginPct')) expect(Number.isSafeInteger(n), path).toBe(true);
};

describe('calculator invariants', () => {
  it('SPIFF: payable never exceeds the cap, and earned = payable + capped', () => {
    fc.assert(
      fc.property(
        fc.array(spiffLine, { maxLength: 40 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        (lines, paid) => {
          const r = spiffEarnings({ lines, paidThisQuarterCents: paid });
          expect(r.payableCents).toBeLessThanOrEqual(SPIFF_2017.capCentsPerQuarter);
          expect(r.payableCents + paid).toBeLessThanOrEqual(
            Math.max(SPIFF_2017.capCentsPerQuarter, paid),
          );
          expect(r.payableCents + r.cappedCents).toBe(r.earnedCents);
          expect(r.payableCents).toBeGreaterThanOrEqual(0);
          expectIntegers(r);
        },
      ),
    );
  });

  it('SPIFF and the deal stack do not depend on line order', () => {
    fc.assert(
      fc.property(
        fc.array(dealLine, { maxLength: 20 }),
        fc.constantFrom('new', 'registered', 'none') as fc.Arbitrary<'new' | 'registered' | 'none'>,
        (lines, customer) => {
          const reversed = [...lines].reverse();
          expect(spiffEarnings({ lines: reversed })).toEqual(spiffEarnings({ lines }));
          expect(stackDeal({ lines: reversed, customer })).toEqual(stackDeal({ lines, customer }));
        },
      ),
    );
  });

  it('loyalty total is monotonic in units and the next unit value is exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (units) => {
        const now = loyaltyRebate({ units });
        const next = loyaltyRebate({ units: units + 1 });
        expect(next.totalCents).toBeGreaterThanOrEqual(now.totalCents);
        expect(now.totalCents + now.nextUnitValueCents).toBe(next.totalCents);
        if (now.nextTierUnits !== null) {
          const reached = loyaltyRebate({ units: units + now.nextTierUnits });
          expect(reached.tierIndex).toBe(now.tierIndex + 1);
          // The gain of reaching the next tier is exactly the rebate there minus the rebate now,
          // and never less than what the next unit alone adds.
          expect(now.nextTierGainCents).toBe(reached.totalCents - now.totalCents);
          expect(now.nextTierGainCents).toBeGreaterThanOrEqual(now.nextUnitValueCents);
        } else expect(now.nextTierGainCents).toBeNull();
        expectIntegers(now);
      }),
    );
  });

  it('Elevate pays 0 below target, never over the cap, and its target stays within floor and cap', () => {
    fc.assert(
      fc.property(
        fc.array(cents, { maxLength: 4 }),
        fc.array(
          fc.record({
            revenueCents: fc.integer({ min: 0, max: 100_000_000 }),
            accelerator: fc.boolean(),
          }),
          { maxLength: 20 },
        ),
        fc.constantFrom('top', 'entry', 'closed') as fc.Arbitrary<'top' | 'entry' | 'closed'>,
        (previous, lines, level) => {
          const target = elevateTarget({ previousQuarterRevenueCents: previous });
          expect(target.targetCents).toBeGreaterThanOrEqual(500_000);
          expect(target.targetCents).toBeLessThanOrEqual(3_000_000);
          const payout = elevatePayout({ targetCents: target.targetCents, level, lines });
          if (payout.countedCents < target.targetCents) expect(payout.payoutCents).toBe(0);
          expect(payout.payoutCents).toBeLessThanOrEqual(3_000_000);
          expect(payout.countedCents).toBeGreaterThanOrEqual(payout.actualCents);
          expect(
            elevatePayout({ targetCents: target.targetCents, level, lines: [...lines].reverse() }),
          ).toEqual(payout);
          expectIntegers(target);
          expectIntegers(payout);
        },
      ),
    );
  });

  it('deal stack: integer cents, total = sum of benefits, NCB and deal registration never together', () => {
    fc.assert(
      fc.property(
        fc.array(dealLine, { maxLength: 20 }),
        fc.constantFrom('new', 'registered', 'none') as fc.Arbitrary<'new' | 'registered' | 'none'>,
        fc.boolean(),
        (lines, customer, later) => {
          const r = stackDeal({ lines, customer }, later ? undefined : {});
          expectIntegers(r);
          expect(r.benefits.reduce((s, b) => s + b.amountCents, 0)).toBe(r.totalCents);
          const programs = r.benefits.map((b) => b.program);
          expect(programs.includes('ncb') && programs.includes('dealRegistration')).toBe(false);
          expect(r.partnerPriceCents).toBe(lines.reduce((s, l) => s + l.partnerPriceCents, 0));
        },
      ),
    );
  });

  it('LEAP: balance = earned − redeemed, integers throughout', () => {
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
            day: fc.integer({ min: 0, max: 500 }),
          }),
          { maxLength: 20 },
        ),
        fc.array(
          fc.record({
            points: fc.integer({ min: 0, max: 5_000 }),
            day: fc.integer({ min: 0, max: 500 }),
          }),
          { maxLength: 5 },
        ),
        (activities, redemptions) => {
          const date = (day: number) =>
            new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
          const r = leapBalance({
            asOf: '2027-03-15',
            activities: activities.map((a) => ({ kind: a.kind, completedOn: date(a.day) })),
            redemptions: redemptions.map((x) => ({ points: x.points, requestedOn: date(x.day) })),
          });
          expect(r.balancePoints).toBe(r.earnedTotalPoints - r.redeemedPoints);
          expectIntegers(r);
        },
      ),
    );
  });
});
