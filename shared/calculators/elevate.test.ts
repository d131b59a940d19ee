import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { ELEVATE_2019 } from '../rules/defaults';
import { elevateAcceptanceDeadlines, elevateLevel, elevatePayout, elevateTarget } from './elevate';

describe('elevateTarget', () => {
  it('lands exactly on the floor and the cap without clamping', () => {
    // sum × 1.1 / 4 = 2,999,999.75 → 3,000,000 cents: on the cap, not clamped to it
    const atCap = elevateTarget({
      previousQuarterRevenueCents: [2_727_273, 2_727_273, 2_727_272, 2_727_272],
    });
    expect(atCap.targetCents).toBe(3_000_000);
    expect(atCap.clamp).toBeNull();
    const atFloor = elevateTarget({
      previousQuarterRevenueCents: [454_545, 454_545, 454_546, 454_546],
    });
    expect(atFloor.targetCents).toBe(500_000);
    expect(atFloor.clamp).toBeNull();
    // 4 × 454,544 × 1.1 / 4 = 499,998.4 → below the floor
    expect(
      elevateTarget({ previousQuarterRevenueCents: [454_544, 454_544, 454_544, 454_544] }).clamp,
    ).toBe('floor');
    // 3,000,002.5 after growth: over the cap
    expect(
      elevateTarget({ previousQuarterRevenueCents: [2_727_275, 2_727_275, 2_727_275, 2_727_275] })
        .clamp,
    ).toBe('cap');
  });

  it('counts a quarter without sales as zero, including missing ones', () => {
    const short = elevateTarget({ previousQuarterRevenueCents: [2_000_000, 2_000_000] });
    const padded = elevateTarget({ previousQuarterRevenueCents: [0, 0, 2_000_000, 2_000_000] });
    expect(short.targetCents).toBe(padded.targetCents);
    expect(short.targetCents).toBe(1_100_000);
    expect(short.steps[0]?.key).toBe('elevate.missingQuarters');
  });

  it('rounds once, half away from zero', () => {
    // sum 3 cents: 3 × 1.1 / 4 = 0.825 → 1 cent before the floor applies
    expect(
      elevateTarget(
        { previousQuarterRevenueCents: [1, 1, 1, 0] },
        { ...ELEVATE_2019, targetFloorCents: 0 },
      ).targetCents,
    ).toBe(1);
  });

  it('rejects more quarters than the lookback and bad amounts', () => {
    expect(() => elevateTarget({ previousQuarterRevenueCents: [1, 2, 3, 4, 5] })).toThrow(
      /previousQuarterRevenueCents: expected at most 4/,
    );
    expect(() => elevateTarget({ previousQuarterRevenueCents: [1, Number.NaN] })).toThrow(
      /previousQuarterRevenueCents\[1\]/,
    );
  });
});

describe('elevateLevel', () => {
  it.each([
    ['2026-04-01', 'top'],
    ['2026-04-30', 'top'],
    ['2026-05-01', 'entry'],
    ['2026-05-31', 'entry'],
    ['2026-06-01', 'closed'],
    ['2026-09-01', 'closed'],
  ])('accepted on %s → %s', (acceptedOn, level) => {
    expect(elevateLevel({ quarterStart: '2026-04-01', acceptedOn })).toBe(level);
  });

  it('handles February and year ends', () => {
    expect(elevateAcceptanceDeadlines('2027-01-01')).toEqual({
      top: '2027-01-31',
      entry: '2027-02-28',
    });
    expect(elevateLevel({ quarterStart: '2028-01-01', acceptedOn: '2028-02-29' })).toBe('entry');
  });

  it('rejects acceptance before the quarter and malformed dates', () => {
    expect(() => elevateLevel({ quarterStart: '2026-04-01', acceptedOn: '2026-03-31' })).toThrow(
      /acceptedOn: .*before the quarter/,
    );
    expect(() => elevateLevel({ quarterStart: '2026-04-02', acceptedOn: '2026-04-03' })).toThrow(
      /quarterStart/,
    );
    expect(() => elevateLevel({ quarterStart: '2026-04-01', acceptedOn: '30/04/2026' })).toThrow(
      InputError,
    );
  });
});

describe('elevatePayout', () => {
  it('pays nothing one cent below target', () => {
    const result = elevatePayout({
      targetCents: 550_000,
      level: 'top',
      lines: [{ revenueCents: 549_999 }],
    });
    expect(result.met).toBe(false);
    expect(result.payoutCents).toBe(0);
    expect(result.shortfallCents).toBe(1);
  });

  it('pays the level rate on counted revenue at target', () => {
    const top = elevatePayout({
      targetCents: 550_000,
      level: 'top',
      lines: [{ revenueCents: 550_000 }],
    });
    expect(top.payoutCents).toBe(27_500);
    const entry = elevatePayout({
      targetCents: 550_000,
      level: 'entry',
      lines: [{ revenueCents: 550_000 }],
    });
    expect(entry.payoutCents).toBe(16_500);
    const closed = elevatePayout({
      targetCents: 550_000,
      level: 'closed',
      lines: [{ revenueCents: 550_000 }],
    });
    expect(closed.payoutCents).toBe(0);
    expect(closed.met).toBe(true);
  });

  it('doubles accelerated revenue (1 USD sold = 2 USD counted)', () => {
    const result = elevatePayout({
      targetCents: 1_000_000,
      level: 'top',
      lines: [{ revenueCents: 300_000 }, { revenueCents: 350_000, accelerator: true }],
    });
    expect(result.actualCents).toBe(650_000);
    expect(result.countedCents).toBe(1_000_000);
    expect(result.met).toBe(true);
    expect(result.payoutCents).toBe(50_000);
  });

  it('pays on counted revenue capped at $30,000 (seed 000 point 4), and shows what the cap took', () => {
    const result = elevatePayout({
      targetCents: 3_000_000,
      level: 'top',
      lines: [{ revenueCents: 70_000_000 }],
    });
    expect(result.paidOnCents).toBe(3_000_000);
    expect(result.payoutCents).toBe(150_000);
    expect(result.uncappedPayoutCents).toBe(3_500_000);
    expect(result.steps.find((s) => s.key === 'elevate.revenueCap')).toMatchObject({
      inputs: { countedCents: 70_000_000, capCents: 3_000_000 },
      result: 3_000_000,
    });
    expect(result.steps.some((s) => s.key === 'elevate.payoutCap')).toBe(false);
  });

  it('under an older version that capped the payout itself, still caps the payout', () => {
    const { countedRevenueCapCents: _dropped, ...rest } = ELEVATE_2019;
    const legacy = { ...rest, version: 'elevate-2019.1', payoutCapCents: 3_000_000 };
    const result = elevatePayout(
      { targetCents: 3_000_000, level: 'top', lines: [{ revenueCents: 70_000_000 }] },
      legacy,
    );
    expect(result.payoutCents).toBe(3_000_000);
    expect(result.rule.version).toBe('elevate-2019.1');
    expect(result.steps.some((s) => s.key === 'elevate.payoutCap')).toBe(true);
  });

  it('rejects negative revenue and unknown levels', () => {
    expect(() =>
      elevatePayout({ targetCents: 1, level: 'top', lines: [{ revenueCents: -1 }] }),
    ).toThrow(/lines\[0\]\.revenueCents/);
    expect(() => elevatePayout({ targetCents: 1, level: 'gold' as never, lines: [] })).toThrow(
      /level: expected one of top, entry, closed/,
    );
    expect(() =>
      elevatePayout({
        targetCents: 1,
        level: 'top',
        lines: [{ revenueCents: 1, accelerator: 'yes' as never }],
      }),
    ).toThrow(/lines\[0\]\.accelerator/);
  });
});
