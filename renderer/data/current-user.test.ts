import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/demo-data';
import { reportingMembers } from '../export/team-rows';
import type { ClaimAggregateRow } from '../db/index';
import { claimantIdsOf, repsInView } from './current-user';

const base = { partnerId: 'P', canAcceptTargets: false };
const users = [
  { ...base, id: 'rep-a', name: 'A', role: 'rep' as const, mayClaim: true },
  // A rep whose permission was taken away still has their earlier claims in the team's figures.
  { ...base, id: 'rep-b', name: 'B', role: 'rep' as const, mayClaim: false },
  { ...base, id: 'mgr-claims', name: 'M', role: 'manager' as const, mayClaim: true },
  { ...base, id: 'mgr-not', name: 'N', role: 'manager' as const, mayClaim: false },
  { ...base, id: 'rep-other', name: 'O', role: 'rep' as const, partnerId: 'Q' },
];

describe('whose figures a user sees', () => {
  it("a manager: the partner's reps and everyone else the partner lets claim", () => {
    const manager = users[3];
    expect(repsInView(manager, users, new Set()).map((u) => u.id)).toEqual([
      'rep-a',
      'rep-b',
      'mgr-claims',
    ]);
  });

  it('anyone with claims in the period counts, even after losing the permission', () => {
    const manager = users[3];
    expect(repsInView(manager, users, new Set(['mgr-not'])).map((u) => u.id)).toEqual([
      'rep-a',
      'rep-b',
      'mgr-claims',
      'mgr-not',
    ]);
  });

  it("the Team screen's members are the dashboard's, with or without claims", () => {
    const manager = users[3];
    const partnerUsers = users.filter((u) => u.partnerId === 'P');
    for (const claims of [[], [{ repId: 'mgr-not', claims: 2 }], [{ repId: 'rep-a', claims: 0 }]]) {
      const aggregates = claims as unknown as ClaimAggregateRow[];
      const team = reportingMembers(partnerUsers, aggregates).map((u) => u.id);
      const dashboard = repsInView(manager, users, claimantIdsOf(aggregates)).map((u) => u.id);
      expect(team.sort()).toEqual(dashboard.sort());
    }
  });

  it('a rep: only themselves; nobody chosen: nobody', () => {
    expect(repsInView(users[0], users, new Set()).map((u) => u.id)).toEqual(['rep-a']);
    expect(repsInView(undefined, users, new Set())).toEqual([]);
  });

  it("the demo's manager, who may claim (seed 004), is in her own team's figures", () => {
    const maria = DEMO_USERS.find((u) => u.role === 'manager');
    expect(maria?.mayClaim).toBe(true);
    expect(repsInView(maria, DEMO_USERS, new Set()).map((u) => u.id)).toContain(maria?.id);
  });
});
