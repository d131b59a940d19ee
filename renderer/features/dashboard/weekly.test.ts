import { describe, expect, it } from 'vitest';
import { weekIndex, weeklySeries, weeksOfQuarter } from './weekly';

describe('weeksOfQuarter', () => {
  it('splits Oct–Dec into 14 weeks, the last one short', () => {
    const weeks = weeksOfQuarter('2026-10-01', '2026-12-31');
    expect(weeks).toHaveLength(14);
    expect(weeks[0]).toMatchObject({ week: 1, start: '2026-10-01', end: '2026-10-07' });
    expect(weeks[13]).toMatchObject({ week: 14, start: '2026-12-31', end: '2026-12-31' });
  });
});

describe('weekIndex', () => {
  it('finds the week of a date and rejects dates outside the quarter', () => {
    expect(weekIndex('2026-10-01', '2026-12-31', '2026-10-07')).toBe(0);
    expect(weekIndex('2026-10-01', '2026-12-31', '2026-10-08')).toBe(1);
    expect(weekIndex('2026-10-01', '2026-12-31', '2026-09-30')).toBe(-1);
    expect(weekIndex('2026-10-01', '2026-12-31', '2027-01-01')).toBe(-1);
  });
});

describe('weeklySeries', () => {
  it('places revenue by week of the quarter and claims by claim date', () => {
    const weeks = weeklySeries(
      '2026-10-01',
      '2026-12-31',
      [
        { week: 1, revenueCents: 100 },
        { week: 1, revenueCents: 50 },
        { week: 3, revenueCents: 25 },
        { week: 15, revenueCents: 999 },
      ],
      [
        { date: '2026-10-09', amountCents: 15_000 },
        { date: '2026-10-10', amountCents: 2_000 },
      ],
    );
    expect(weeks.map((w) => w.revenueCents).slice(0, 3)).toEqual([150, 0, 25]);
    expect(weeks.map((w) => w.claimedCents).slice(0, 3)).toEqual([0, 17_000, 0]);
    expect(weeks.reduce((s, w) => s + w.revenueCents, 0)).toBe(175);
  });
});
