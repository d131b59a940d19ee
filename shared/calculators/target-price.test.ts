import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FAMILIES } from '../catalog/families';
import { DEAL_2017, DEAL_2020 } from '../rules/defaults';
import { InputError } from '../errors';
import { dealLineRates, stackDeal, type DealInput } from './deal-stack';
import { priceToTarget, type PriceRounding } from './target-price';

/** The seed's stacked example (DOMAIN §5): 3 servers $7,745 + 3 × 3-year support $3,140, new customer. */
const seed: DealInput = {
  customer: 'new',
  ncbMode: 'upfront',
  lines: [
    { family: 'server', topseller: true, quantity: 3, partnerPriceCents: 774_500 },
    { family: 'dcg-services', topseller: true, quantity: 3, partnerPriceCents: 314_000 },
  ],
};

describe('priceToTarget (golden)', () => {
  it('10 % margin on the seed deal: NCB upfront lowers the cost, back-end rebates shown apart', () => {
    const r = priceToTarget({ deal: seed, target: { kind: 'margin', marginBps: 1_000 } });
    expect(r.lines.map((l) => l.netCostCents)).toEqual([697_050, 282_600]);
    expect(r.lines.map((l) => l.unitPriceCents)).toEqual([258_167, 104_667]);
    expect(r.lines.map((l) => l.linePriceCents)).toEqual([774_501, 314_001]);
    expect(r.sellingCents).toBe(1_088_502);
    expect(r.marginCents).toBe(108_852);
    expect(r.marginBps).toBe(1_000);
    expect(r.upfrontCents).toBe(108_850);
    // DCG 2.5 % × 10,885 + services 5 % × 3,140 = 272.13 + 157 arrive later.
    expect(r.backendCents).toBe(42_913);
    expect(r.backendCounted).toBe(false);
    expect(r.marginWithBackendBps).toBe(1_394);
    expect(r.spiffCents).toBe(51_000);
    expect(r.rule.version).toBe('deal-2017.1');
  });

  it('counting the back-end rebates lowers the price for the same margin', () => {
    const r = priceToTarget({
      deal: seed,
      target: { kind: 'margin', marginBps: 1_000 },
      countBackend: true,
    });
    // Server: 10 % NCB + 2.5 % DCG = 12.5 %; services: + 5 % services rebate = 17.5 %.
    expect(r.lines.map((l) => [l.upfrontBps, l.backendBps])).toEqual([
      [1_000, 250],
      [1_000, 750],
    ]);
    expect(r.lines.map((l) => l.netCostCents)).toEqual([677_688, 259_050]);
    expect(r.lines.map((l) => l.unitPriceCents)).toEqual([250_996, 95_944]);
    expect(r.marginWithBackendBps).toBe(r.marginBps);
  });

  it('a target customer price sets one margin for every line; rounding difference is shown', () => {
    const r = priceToTarget({
      deal: seed,
      target: { kind: 'customerPrice', totalCents: 1_200_000 },
    });
    expect(r.lines.map((l) => l.unitPriceCents)).toEqual([284_612, 115_388]);
    expect(r.sellingCents).toBe(1_200_000);
    expect(r.differenceFromTargetCents).toBe(0);
    expect(r.targetMarginBps).toBe(1_836);
  });

  it('rounds up to whole currency units on request, never below the target margin', () => {
    const r = priceToTarget({
      deal: seed,
      target: { kind: 'margin', marginBps: 1_000 },
      rounding: 'whole',
    });
    expect(r.lines.map((l) => l.unitPriceCents)).toEqual([258_200, 104_700]);
    for (const l of r.lines) expect(l.marginBps).toBeGreaterThanOrEqual(1_000);
  });

  it('gives the discount off list per line and in total', () => {
    const r = priceToTarget({
      deal: seed,
      target: { kind: 'margin', marginBps: 1_000 },
      listPriceCents: [990_000, 359_400],
    });
    expect(r.listCents).toBe(1_349_400);
    expect(r.lines[0]?.discountBps).toBe(2_177);
    expect(r.discountBps).toBe(1_933);
  });

  it('explains every line and the totals', () => {
    const r = priceToTarget({ deal: seed, target: { kind: 'margin', marginBps: 1_000 } });
    expect(r.steps.map((s) => s.key)).toEqual([
      'target.netCost',
      'target.unitPrice',
      'target.linePrice',
      'target.netCost',
      'target.unitPrice',
      'target.linePrice',
      'target.selling',
      'target.netCostTotal',
      'target.margin',
      'target.marginBps',
      'target.backendApart',
    ]);
  });

  it('refuses a margin of 100 % or more, a price below cost and an empty plan, naming the field', () => {
    const bad = (f: () => unknown, field: string) => {
      try {
        f();
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).field).toBe(field);
      }
    };
    bad(
      () => priceToTarget({ deal: seed, target: { kind: 'margin', marginBps: 10_000 } }),
      'target.marginBps',
    );
    bad(
      () => priceToTarget({ deal: seed, target: { kind: 'margin', marginBps: -1 } }),
      'target.marginBps',
    );
    bad(
      () => priceToTarget({ deal: seed, target: { kind: 'customerPrice', totalCents: 900_000 } }),
      'target.totalCents',
    );
    bad(
      () =>
        priceToTarget({ deal: { ...seed, lines: [] }, target: { kind: 'margin', marginBps: 0 } }),
      'deal.lines',
    );
  });
});

describe('dealLineRates', () => {
  it('per-line rates reproduce every percentage benefit of the stack within a cent per bucket', () => {
    for (const rules of [{ deal: DEAL_2017 }, { deal: DEAL_2020 }]) {
      const { lines, stack } = dealLineRates(seed, rules);
      for (const benefit of stack.benefits.filter((b) => b.program !== 'spiff')) {
        const exact = seed.lines.reduce((n, line, i) => {
          const rate = lines[i]?.rates.find((r) => r.program === benefit.program)?.bps ?? 0;
          return n + (line.partnerPriceCents * rate) / 10_000;
        }, 0);
        expect(Math.abs(exact - benefit.amountCents), benefit.program).toBeLessThanOrEqual(
          benefit.steps.length,
        );
      }
    }
  });
});

const dealLine = fc.record({
  family: fc.constantFrom(...FAMILIES),
  topseller: fc.boolean(),
  quantity: fc.integer({ min: 1, max: 99_999 }),
  partnerPriceCents: fc.integer({ min: 1, max: 100_000_000_000 }),
});
const deal = fc.record({
  customer: fc.constantFrom('new', 'registered', 'none') as fc.Arbitrary<DealInput['customer']>,
  ncbMode: fc.constantFrom('upfront', 'backend') as fc.Arbitrary<'upfront' | 'backend'>,
  lines: fc.array(dealLine, { minLength: 1, maxLength: 12 }),
});
const rounding = fc.constantFrom('cent', 'whole') as fc.Arbitrary<PriceRounding>;
const marginBps = fc.integer({ min: 0, max: 9_900 });

describe('priceToTarget (properties)', () => {
  it('the margin computed back from each suggested line equals the target within half a cent per unit', () => {
    fc.assert(
      fc.property(deal, marginBps, fc.boolean(), (d, m, countBackend) => {
        const r = priceToTarget({
          deal: d,
          target: { kind: 'margin', marginBps: m },
          countBackend,
        });
        for (const l of r.lines) {
          // |(price − cost) − target × price| ≤ ½ cent × quantity, in exact integers (× 20,000).
          const off = Math.abs(
            Number(
              BigInt(l.linePriceCents) * BigInt(10_000 - m) - BigInt(l.netCostCents) * 10_000n,
            ),
          );
          expect(off).toBeLessThanOrEqual(5_000 * l.quantity);
        }
      }),
    );
  });

  it('whole-unit rounding never falls below the target margin', () => {
    fc.assert(
      fc.property(deal, marginBps, (d, m) => {
        const r = priceToTarget({
          deal: d,
          target: { kind: 'margin', marginBps: m },
          rounding: 'whole',
        });
        for (const l of r.lines) {
          expect(l.unitPriceCents % 100).toBe(0);
          expect(
            BigInt(l.linePriceCents) * BigInt(10_000 - m) >= BigInt(l.netCostCents) * 10_000n,
          ).toBe(true);
        }
      }),
    );
  });

  it('a higher target never gives a lower price', () => {
    fc.assert(
      fc.property(deal, marginBps, marginBps, rounding, fc.boolean(), (d, a, b, round, count) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const low = priceToTarget({
          deal: d,
          target: { kind: 'margin', marginBps: lo },
          rounding: round,
          countBackend: count,
        });
        const high = priceToTarget({
          deal: d,
          target: { kind: 'margin', marginBps: hi },
          rounding: round,
          countBackend: count,
        });
        low.lines.forEach((l, i) =>
          expect(high.lines[i]?.unitPriceCents ?? 0).toBeGreaterThanOrEqual(l.unitPriceCents),
        );
        expect(high.sellingCents).toBeGreaterThanOrEqual(low.sellingCents);
      }),
    );
  });

  it('the order of lines never matters', () => {
    fc.assert(
      fc.property(
        deal,
        marginBps,
        rounding,
        fc.boolean(),
        fc.nat(),
        (d, m, round, count, seedN) => {
          const order = d.lines.map((_, i) => i);
          for (let i = order.length - 1; i > 0; i--) {
            const j = (seedN + i * 7919) % (i + 1);
            [order[i], order[j]] = [order[j] as number, order[i] as number];
          }
          const shuffled = {
            ...d,
            lines: order.map((i) => d.lines[i] as DealInput['lines'][number]),
          };
          const target = { kind: 'margin', marginBps: m } as const;
          const a = priceToTarget({ deal: d, target, rounding: round, countBackend: count });
          const b = priceToTarget({ deal: shuffled, target, rounding: round, countBackend: count });
          const strip = (l: (typeof a.lines)[number]) => ({ ...l, steps: undefined });
          expect(order.map((i) => strip(a.lines[i] as (typeof a.lines)[number]))).toEqual(
            b.lines.map(strip),
          );
          expect([b.sellingCents, b.marginCents, b.netCostCents]).toEqual([
            a.sellingCents,
            a.marginCents,
            a.netCostCents,
          ]);
        },
      ),
    );
  });

  it('agrees with stackDeal on the partner price and the benefits it splits by timing', () => {
    fc.assert(
      fc.property(deal, marginBps, (d, m) => {
        const r = priceToTarget({ deal: d, target: { kind: 'margin', marginBps: m } });
        const s = stackDeal(d);
        expect(r.partnerPriceCents).toBe(s.partnerPriceCents);
        expect(r.upfrontCents + r.backendCents + r.spiffCents).toBe(s.totalCents);
      }),
    );
  });
});
