import { describe, expect, it } from 'vitest';
import { linesToClaim, summariseChecks, warningMessage, type WarningFormat } from './warnings';

const format: WarningFormat = {
  money: (c) => `$${(c / 100).toFixed(2)}`,
  date: (d) => `D${d}`,
  family: (f) => `F:${f}`,
  status: (s) => `S:${s}`,
  rep: (r) => `R:${r}`,
};

describe('warningMessage', () => {
  it('says how much is beyond the cap', () => {
    expect(
      warningMessage({ code: 'over_spiff_cap', beyondCapCents: 5000, capCents: 1_000_000 }, format),
    ).toEqual({
      key: 'claims.warning.over_spiff_cap',
      values: { beyond: '$50.00', cap: '$10000.00' },
      hard: false,
    });
  });

  it('marks already-claimed as hard, naming the rep and status', () => {
    const m = warningMessage(
      { code: 'already_claimed', byRepId: 'rep-ben', status: 'queued' },
      format,
    );
    expect(m.hard).toBe(true);
    expect(m.values).toEqual({ rep: 'R:rep-ben', status: 'S:queued' });
  });

  it('formats dates, families and names', () => {
    expect(
      warningMessage({ code: 'outside_claim_window', lastDay: '2026-01-01' }, format).values,
    ).toEqual({ date: 'D2026-01-01' });
    expect(warningMessage({ code: 'line_in_future', date: '2027-01-01' }, format).values).toEqual({
      date: 'D2027-01-01',
    });
    expect(
      warningMessage({ code: 'family_not_eligible', family: 'visuals' }, format).values,
    ).toEqual({ family: 'F:visuals' });
    expect(
      warningMessage(
        { code: 'customer_name_mismatch', nominated: 'A', invoiced: 'B', diff: [] },
        format,
      ).values,
    ).toEqual({ nominated: 'A', invoiced: 'B' });
  });
});

describe('summariseChecks', () => {
  const checks = [
    { lineKey: 'a', warnings: [] },
    { lineKey: 'b', warnings: [{ code: 'line_in_future' as const, date: '2027-01-01' }] },
    {
      lineKey: 'c',
      warnings: [
        { code: 'line_in_future' as const, date: '2027-01-01' },
        { code: 'already_claimed' as const, byRepId: 'rep-ben', status: 'paid' as const },
      ],
    },
  ];
  it('splits clean, soft and blocked lines', () => {
    const s = summariseChecks(checks);
    expect(s).toEqual({ clean: ['a'], soft: ['b'], blocked: ['c'] });
    expect(linesToClaim(s, false)).toEqual(['a']);
    expect(linesToClaim(s, true)).toEqual(['a', 'b']);
  });
});
