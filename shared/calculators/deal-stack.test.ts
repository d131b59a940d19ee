import { describe, expect, it } from 'vitest';
import { DEAL_2017, SPIFF_2017 } from '../rules/defaults';
import { stackDeal } from './deal-stack';

const amount = (result: ReturnType<typeof stackDeal>, program: string) =>
  result.benefits.find((b) => b.program === program)?.amountCents;

describe('stackDeal', () => {
  it('pays deal registration instead of NCB for a registered customer (5 % client, 8 % DCG)', () => {
    const result = stackDeal({
      customer: 'registered',
      lines: [
        { family: 'notebook', quantity: 2, partnerPriceCents: 200_000 },
        { family: 'server', quantity: 1, partnerPriceCents: 500_000 },
      ],
    });
    expect(amount(result, 'dealRegistration')).toBe(10_000 + 40_000);
    expect(amount(result, 'ncb')).toBeUndefined();
    expect(result.excluded).toContainEqual({
      program: 'ncb',
      reason: 'excludedByDealRegistration',
    });
  });

  it('pays NCB at 5 % client and 10 % DCG, upfront or back-end', () => {
    const lines = [
      { family: 'desktop' as const, quantity: 1, partnerPriceCents: 100_000 },
      { family: 'storage' as const, quantity: 1, partnerPriceCents: 100_000 },
    ];
    const upfront = stackDeal({ customer: 'new', lines });
    expect(amount(upfront, 'ncb')).toBe(15_000);
    expect(upfront.benefits.find((b) => b.program === 'ncb')?.timing).toBe('upfront');
    const backend = stackDeal({ customer: 'new', ncbMode: 'backend', lines });
    expect(backend.benefits.find((b) => b.program === 'ncb')?.timing).toBe('backend');
    expect(stackDeal({ customer: 'none', lines }).excluded.map((e) => e.program)).toEqual(
      expect.arrayContaining(['ncb', 'dealRegistration']),
    );
  });

  it('topseller rebate: 1.5 % at or under $649 a unit, 2.5 % at $650 or more', () => {
    const result = stackDeal({
      customer: 'none',
      lines: [
        { family: 'notebook', topseller: true, quantity: 2, partnerPriceCents: 129_800 }, // $649.00 a unit
        { family: 'notebook', topseller: true, quantity: 2, partnerPriceCents: 130_000 }, // $650.00 a unit
        { family: 'notebook', topseller: false, quantity: 1, partnerPriceCents: 100_000 },
        { family: 'peripheral', topseller: true, quantity: 1, partnerPriceCents: 10_000 }, // not a system
      ],
    });
    expect(amount(result, 'topseller')).toBe(1_947 + 3_250);
  });

  it('volume discount: 4 % on topseller client lines from 5 to 1,000 units', () => {
    const line = (quantity: number) => ({
      family: 'desktop' as const,
      topseller: true,
      quantity,
      partnerPriceCents: quantity * 50_000,
    });
    expect(amount(stackDeal({ customer: 'none', lines: [line(4)] }), 'volume')).toBeUndefined();
    expect(stackDeal({ customer: 'none', lines: [line(4)] }).excluded).toContainEqual({
      program: 'volume',
      reason: 'belowVolumeBand',
    });
    expect(amount(stackDeal({ customer: 'none', lines: [line(5)] }), 'volume')).toBe(10_000);
    expect(amount(stackDeal({ customer: 'none', lines: [line(1_000)] }), 'volume')).toBe(2_000_000);
    expect(stackDeal({ customer: 'none', lines: [line(1_001)] }).excluded).toContainEqual({
      program: 'volume',
      reason: 'aboveVolumeBand',
    });
  });

  it('services rebate v1 covers topseller PC services and all DCG services only', () => {
    const result = stackDeal({
      customer: 'none',
      lines: [
        { family: 'client-services', topseller: true, quantity: 1, partnerPriceCents: 20_000 },
        { family: 'client-services', topseller: false, quantity: 1, partnerPriceCents: 20_000 },
        { family: 'dcg-services', quantity: 1, partnerPriceCents: 40_000 },
        { family: 'server', quantity: 1, partnerPriceCents: 400_000 },
      ],
    });
    expect(amount(result, 'services')).toBe(3_000);
  });

  it('has an empty, zero-margin result for an empty quote', () => {
    const result = stackDeal({ customer: 'new', lines: [] });
    expect(result.totalCents).toBe(0);
    expect(result.marginPct).toBe(0);
    expect(result.benefits).toEqual([]);
  });

  it('every benefit explains itself with steps and a rule version', () => {
    const result = stackDeal({
      customer: 'new',
      lines: [{ family: 'server', topseller: true, quantity: 3, partnerPriceCents: 774_500 }],
    });
    for (const benefit of result.benefits) {
      expect(benefit.steps.length).toBeGreaterThan(0);
      expect(benefit.rule.version).toMatch(/^(deal|spiff)-/);
      expect(benefit.steps.reduce((sum, s) => sum + (s.result as number), 0)).toBe(
        benefit.amountCents,
      );
    }
  });

  it('rejects bad lines and mismatched rule currencies, naming the field', () => {
    expect(() =>
      stackDeal({
        customer: 'new',
        lines: [{ family: 'server', quantity: 1, partnerPriceCents: 10.5 }],
      }),
    ).toThrow(/^lines\[0\]\.partnerPriceCents/);
    expect(() => stackDeal({ customer: 'maybe' as never, lines: [] })).toThrow(/^customer: /);
    expect(() =>
      stackDeal(
        { customer: 'new', lines: [] },
        { deal: DEAL_2017, spiff: { ...SPIFF_2017, currency: 'EUR' } },
      ),
    ).toThrow(/rules\.spiff\.currency/);
    expect(() =>
      stackDeal({ customer: 'new', lines: [] }, { deal: { ...DEAL_2017, dcgRebateBps: -1 } }),
    ).toThrow(/^rules\.deal\.dcgRebateBps/);
  });
});
