import { describe, expect, it } from 'vitest';
import { SPIFF_2017 } from '../../../shared/index';
import type { ClaimAggregateRow } from '../../db/index';
import { spiffSummary } from './spiff-summary';

function agg(repId: string, status: ClaimAggregateRow['status'], units: number): ClaimAggregateRow {
  return {
    id: `${repId}|${status}`,
    quarter: 'FY2026-Q3',
    repId,
    program: 'spiff',
    status,
    family: 'server',
    unit: 'USD',
    claims: 1,
    units,
    amount: units * 15_000,
  };
}

describe('spiffSummary', () => {
  it('caps each rep on their own before summing a team', () => {
    const claims = [agg('a', 'paid', 70), agg('b', 'approved', 2), agg('b', 'rejected', 1)];
    const team = spiffSummary(claims, ['a', 'b'], SPIFF_2017);
    expect(team.earnedCents).toBe(1_050_000 + 30_000);
    expect(team.payableCents).toBe(1_000_000 + 30_000);
    expect(team.cappedCents).toBe(50_000);
    expect(team.capCents).toBe(2_000_000);
    expect(team.paidCents).toBe(1_000_000);
    expect(team.approvedCents).toBe(1_030_000);
    expect(team.rejectedCents).toBe(15_000);
    expect(team.rule.version).toBe(SPIFF_2017.version);
  });

  it('gives one rep their own numbers and steps', () => {
    const one = spiffSummary([agg('b', 'approved', 2)], ['b'], SPIFF_2017);
    expect(one.payableCents).toBe(30_000);
    expect(one.remainingToCapCents).toBe(970_000);
    expect(one.steps.map((s) => s.key)).toContain('spiff.payable');
  });
});
