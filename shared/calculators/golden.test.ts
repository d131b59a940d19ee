/**
 * Every golden example of DOMAIN.md, one test each. If one of these fails, a rep is paid wrong.
 */
import { describe, expect, it } from 'vitest';
import { dealRulesOn } from '../rules/pick';
import { elevateTarget } from './elevate';
import { loyaltyRebate } from './loyalty';
import { spiffEarnings } from './spiff';
import { stackDeal, type DealInput } from './deal-stack';

describe('DOMAIN.md golden examples', () => {
  it('SPIFF: 70 servers in one quarter earn $10,500, $10,000 payable', () => {
    const result = spiffEarnings({ lines: [{ family: 'server', quantity: 70 }] });
    expect(result.currency).toBe('USD');
    expect(result.earnedCents).toBe(1_050_000);
    expect(result.payableCents).toBe(1_000_000);
    expect(result.cappedCents).toBe(50_000);
    expect(result.remainingToCapCents).toBe(0);
  });

  it('Elevate: previous quarters $4,000 / $5,000 / $6,000 / $5,000 → target $5,500', () => {
    const result = elevateTarget({
      previousQuarterRevenueCents: [400_000, 500_000, 600_000, 500_000],
    });
    expect(result.averageCents).toBe(500_000);
    expect(result.targetCents).toBe(550_000);
    expect(result.clamp).toBeNull();
  });

  it('Elevate: all previous quarters zero → target $5,000 (floor)', () => {
    const result = elevateTarget({ previousQuarterRevenueCents: [0, 0, 0, 0] });
    expect(result.targetCents).toBe(500_000);
    expect(result.clamp).toBe('floor');
  });

  it('Elevate: $40,000 / $30,000 / $20,000 / $30,000 → target $30,000 (cap)', () => {
    const result = elevateTarget({
      previousQuarterRevenueCents: [4_000_000, 3_000_000, 2_000_000, 3_000_000],
    });
    expect(result.averageCents).toBe(3_000_000);
    expect(result.targetCents).toBe(3_000_000);
    expect(result.clamp).toBe('cap');
  });

  it.each([
    [9, 0],
    [10, 5_000],
    [25, 25_000],
    [50, 75_000],
  ])('Loyalty: %i units → EUR %i cents', (units, totalCents) => {
    const result = loyaltyRebate({ units });
    expect(result.currency).toBe('EUR');
    expect(result.totalCents).toBe(totalCents);
  });

  it('Loyalty: 42 units, 8 more reach 50 and the whole gain is EUR 330 (not the next unit’s EUR 10)', () => {
    const result = loyaltyRebate({ units: 42 });
    expect(result.totalCents).toBe(42_000);
    expect(result.nextUnitValueCents).toBe(1_000);
    expect(result.nextTierUnits).toBe(8);
    expect(result.nextTierGainCents).toBe(33_000);
  });

  describe('stacked deal (seed 001): 3 × x3650 server + 3 × 3-year TopSeller support, new customer', () => {
    const input: DealInput = {
      customer: 'new',
      lines: [
        { family: 'server', topseller: true, quantity: 3, partnerPriceCents: 774_500 },
        { family: 'dcg-services', topseller: true, quantity: 3, partnerPriceCents: 314_000 },
      ],
    };

    it('totals $2,028 = 18.6 % of the $10,885 partner price', () => {
      const result = stackDeal(input);
      expect(result.partnerPriceCents).toBe(1_088_500);
      expect(Math.round(result.totalCents / 100)).toBe(2_028);
      expect(result.totalCents).toBe(202_763); // 272.13 + 157.00 + 510.00 + 1,088.50
      expect(result.marginPct).toBe(18.6);
    });

    it('itemises DCG $272, services $157, SPIFF $510, NCB $1,089', () => {
      const byProgram = Object.fromEntries(
        stackDeal(input).benefits.map((b) => [b.program, b.amountCents]),
      );
      expect(byProgram).toEqual({ dcg: 27_213, services: 15_700, spiff: 51_000, ncb: 108_850 });
      expect(Math.round(27_213 / 100)).toBe(272);
      expect(Math.round(108_850 / 100)).toBe(1_089);
    });

    it('uses the rules in force on the seed date the same way as the defaults', () => {
      expect(stackDeal(input, dealRulesOn('2017-06-30')).totalCents).toBe(202_763);
    });

    it('pays the services rebate on the whole deal under the later rule version (seed 004)', () => {
      const result = stackDeal(input, dealRulesOn('2020-06-30'));
      const services = result.benefits.find((b) => b.program === 'services');
      expect(services?.amountCents).toBe(54_425); // 5 % × $10,885
      expect(services?.rule.version).toBe('deal-2020.1');
      expect(result.totalCents).toBe(202_763 - 15_700 + 54_425);
    });
  });
});
