import { describe, expect, it } from 'vitest';
import type { ClaimAggregateRow } from '../db/index';
import { repTrend, trendQuarters } from './team-trend';

function row(
  quarter: string,
  program: ClaimAggregateRow['program'],
  status: ClaimAggregateRow['status'],
  amount: number,
  repId = 'rep-ana',
): ClaimAggregateRow {
  return {
    id: `${quarter}-${program}-${status}-${repId}`,
    quarter,
    repId,
    program,
    status,
    family: 'server',
    unit: program === 'leap' ? 'points' : 'USD',
    claims: 1,
    units: 1,
    amount,
  };
}

describe('rep trend', () => {
  it('reads the previous quarter and the fiscal year so far', () => {
    expect(trendQuarters('FY2026-Q3')).toEqual({
      previous: 'FY2026-Q2',
      yearToDate: ['FY2026-Q1', 'FY2026-Q2', 'FY2026-Q3'],
    });
    expect(trendQuarters('FY2026-Q1').yearToDate).toEqual(['FY2026-Q1']);
    expect(trendQuarters('FY2026-Q1').previous).toBe('FY2025-Q4');
  });

  it('sums claimed amounts per program: this quarter, the one before, the year so far', () => {
    const claims = [
      row('FY2026-Q3', 'spiff', 'paid', 10_000),
      row('FY2026-Q3', 'spiff', 'draft', 99_999),
      row('FY2026-Q3', 'spiff', 'rejected', 99_999),
      row('FY2026-Q2', 'spiff', 'approved', 4_000),
      row('FY2026-Q1', 'spiff', 'submitted', 1_000),
      row('FY2025-Q4', 'spiff', 'paid', 50_000),
      row('FY2026-Q3', 'leap', 'queued', 300),
      row('FY2026-Q3', 'spiff', 'paid', 77_777, 'rep-ben'),
    ];
    expect(repTrend(claims, 'rep-ana', 'FY2026-Q3')).toEqual([
      {
        program: 'spiff',
        unit: 'USD',
        thisQuarter: 10_000,
        previousQuarter: 4_000,
        yearToDate: 15_000,
      },
      { program: 'leap', unit: 'points', thisQuarter: 300, previousQuarter: 0, yearToDate: 300 },
    ]);
  });
});
