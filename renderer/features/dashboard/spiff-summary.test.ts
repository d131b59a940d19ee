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
const rep = (id: string) => ({ id, name: `Rep ${id}` });
const amountOf = (s: ReturnType<typeof spiffSummary>, status: string) =>
  s.byStatus.find((r) => r.status === status)?.amount;

describe('spiffSummary', () => {
  it('caps each rep on their own before summing a team; the team explanation adds up', () => {
    const claims = [agg('a', 'paid', 70), agg('b', 'approved', 2), agg('b', 'rejected', 1)];
    const team = spiffSummary(claims, [rep('a'), rep('b')], SPIFF_2017);
    expect(team.earnedCents).toBe(1_050_000 + 30_000);
    expect(team.payableCents).toBe(1_000_000 + 30_000);
    expect(team.cappedCents).toBe(50_000);
    expect(team.capCents).toBe(2_000_000);
    expect(amountOf(team, 'paid')).toBe(1_050_000);
    expect(amountOf(team, 'approved')).toBe(30_000);
    expect(amountOf(team, 'rejected')).toBe(15_000);
    const perRep = team.steps.filter((s) => s.key === 'spiff.repPayable');
    expect(perRep.map((s) => s.inputs.rep)).toEqual(['Rep a', 'Rep b']);
    expect(perRep.reduce((sum, s) => sum + (s.result as number), 0)).toBe(team.payableCents);
    expect(team.steps.at(-1)).toMatchObject({ key: 'spiff.teamPayable', result: 1_030_000 });
    expect(team.rule.version).toBe(SPIFF_2017.version);
  });

  it('never counts drafts in payable', () => {
    const one = spiffSummary(
      [agg('b', 'approved', 2), agg('b', 'draft', 3)],
      [rep('b')],
      SPIFF_2017,
    );
    expect(one.payableCents).toBe(30_000);
    expect(amountOf(one, 'draft')).toBe(45_000);
    expect(one.remainingToCapCents).toBe(970_000);
    expect(one.steps.map((s) => s.key)).toContain('spiff.payable');
  });
});
