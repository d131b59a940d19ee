import { describe, expect, it } from 'vitest';
import { DEMO_USERS } from '../demo/demo-data';
import { repsInView } from './current-user';

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
    expect(repsInView(manager, users).map((u) => u.id)).toEqual(['rep-a', 'rep-b', 'mgr-claims']);
  });

  it('a rep: only themselves; nobody chosen: nobody', () => {
    expect(repsInView(users[0], users).map((u) => u.id)).toEqual(['rep-a']);
    expect(repsInView(undefined, users)).toEqual([]);
  });

  it("the demo's manager, who may claim (seed 004), is in her own team's figures", () => {
    const maria = DEMO_USERS.find((u) => u.role === 'manager');
    expect(maria?.mayClaim).toBe(true);
    expect(repsInView(maria, DEMO_USERS).map((u) => u.id)).toContain(maria?.id);
  });
});
