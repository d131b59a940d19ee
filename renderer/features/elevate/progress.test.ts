import { describe, expect, it } from 'vitest';
import { ELEVATE_2019, elevatePayout } from '../../../shared/index';
import { cumulativeCounted } from './progress';

describe('cumulativeCounted', () => {
  it('accumulates counted revenue by week, doubling accelerated revenue, up to today', () => {
    const points = cumulativeCounted(
      '2026-10-01',
      '2026-12-31',
      '2026-10-10',
      [
        { week: 1, revenueCents: 1_000, acceleratedCents: 0 },
        { week: 2, revenueCents: 700, acceleratedCents: 500 },
        { week: 15, revenueCents: 9_999, acceleratedCents: 0 },
      ],
      20_000,
    );
    expect(points).toHaveLength(14);
    expect(points[0]?.countedCents).toBe(1_000);
    // 200 plain + 500 accelerated × 2
    expect(points[1]?.countedCents).toBe(2_200);
    expect(points[2]?.countedCents).toBeNull();
  });

  it("ends exactly on elevatePayout's counted revenue, whatever the multiplier's rounding", () => {
    // 1.5×: three weeks of 1 accelerated cent each round up one by one (2+2+2) but not in total (5).
    const weeks = [1, 2, 3].map((week) => ({ week, revenueCents: 101, acceleratedCents: 1 }));
    const points = cumulativeCounted('2026-10-01', '2026-12-31', '2026-12-31', weeks, 15_000);
    const payout = elevatePayout(
      {
        targetCents: 1,
        level: 'entry',
        lines: [{ revenueCents: 300 }, { revenueCents: 3, accelerator: true }],
      },
      { ...ELEVATE_2019, acceleratorMultiplierBps: 15_000 },
    );
    expect(points.at(-1)?.countedCents).toBe(payout.countedCents);
    expect(payout.countedCents).toBe(305);
  });
});
