import { describe, expect, it } from 'vitest';
import { cumulativeCounted } from './progress';

describe('cumulativeCounted', () => {
  it('accumulates counted revenue by week, doubling accelerated lines, up to today', () => {
    const points = cumulativeCounted(
      '2026-10-01',
      '2026-12-31',
      '2026-10-10',
      [
        { date: '2026-10-02', lineTotalCents: 1_000, accelerator: false },
        { date: '2026-10-09', lineTotalCents: 500, accelerator: true },
      ],
      20_000,
    );
    expect(points).toHaveLength(14);
    expect(points[0]?.countedCents).toBe(1_000);
    expect(points[1]?.countedCents).toBe(2_000);
    expect(points[2]?.countedCents).toBeNull();
  });
});
