import { describe, expect, it } from 'vitest';
import { dueNotices, readShown } from './deadline-notices';

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
