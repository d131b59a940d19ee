import { describe, expect, it } from 'vitest';
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
});
