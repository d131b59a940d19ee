import { describe, expect, it } from 'vitest';
import { dueNotices, loyaltyNotice, readShown, LOYALTY_REACH_UNITS } from './deadline-notices';

const deadlines = [
  { kind: 'elevateTop', date: '2026-07-10', quarter: '2026-Q2' },
  { kind: 'claimWindow', date: '2026-07-08', quarter: '2026-Q1' },
  { kind: 'quarterEnd', date: '2026-07-08', quarter: '2026-Q2' },
  { kind: 'pdpRequest', date: '2026-07-20', invoiceNo: 'INV-1' },
] as const;

describe('dueNotices', () => {
  it('notifies three days ahead and on the day, for the listed kinds only', () => {
    const ahead = dueNotices(deadlines, '2026-07-07', new Set());
    expect(ahead.map((n) => [n.deadline.kind, n.days, n.route])).toEqual([
      ['elevateTop', 3, 'elevate'],
      ['claimWindow', 1, 'claims'],
    ]);
    expect(dueNotices(deadlines, '2026-07-06', new Set()).map((n) => n.deadline.kind)).toEqual([
      'claimWindow',
    ]);
    expect(
      dueNotices(deadlines, '2026-07-10', new Set()).map((n) => [n.deadline.kind, n.days]),
    ).toEqual([['elevateTop', 0]]);
  });

  it('never shows the same notice twice, but still the one on the day', () => {
    const first = dueNotices(deadlines, '2026-07-07', new Set());
    const shown = new Set(first.map((n) => n.id));
    expect(
      dueNotices(deadlines, '2026-07-08', shown).map((n) => [n.deadline.kind, n.days]),
    ).toEqual([['claimWindow', 0]]);
  });

  it('skips past deadlines', () => {
    expect(dueNotices(deadlines, '2026-07-11', new Set())).toEqual([]);
  });
});

describe('readShown', () => {
  it.each([null, '', '{', '{"a":1}', '[1,2]'])('tolerates %j', (raw) =>
    expect(readShown(raw).size).toBe(0),
  );
});

describe('loyaltyNotice', () => {
  const reach = (unitsToNext: number | null, gainCents: number | null = 33_000) => ({
    quarter: 'FY2026-Q3',
    unitsToNext,
    nextMinUnits: unitsToNext === null ? null : 50,
    gainCents,
  });

  it('says a tier is within reach when few units are missing, once per quarter and tier', () => {
    const due = loyaltyNotice(reach(3), new Set());
    expect(due).toEqual({ id: 'loyaltyReach|FY2026-Q3|50', route: 'loyalty' });
    expect(loyaltyNotice(reach(3), new Set([due?.id ?? '']))).toBeNull();
    expect(loyaltyNotice(reach(LOYALTY_REACH_UNITS), new Set())).not.toBeNull();
  });

  it('stays quiet far from the tier, at the top tier, or when reaching it adds nothing', () => {
    expect(loyaltyNotice(reach(LOYALTY_REACH_UNITS + 1), new Set())).toBeNull();
    expect(loyaltyNotice(reach(null, null), new Set())).toBeNull();
    expect(loyaltyNotice(reach(2, 0), new Set())).toBeNull();
  });
});
