/** Who is using the app and whose figures the screens show; pure, shared by the hooks and the start-up paint. */

import { userMayClaim } from '../db/rows';

/** localStorage key of the user chosen in the header (an id, never a secret). */
export const USER_KEY = 'partner-rewards.user';

interface UserLike {
  readonly id: string;
  readonly role: string;
  readonly partnerId: string;
  /** Seed 004: the partner decides who may claim; unset reads as the server's default, allowed. */
  readonly mayClaim?: boolean;
}

/** The chosen user; else the first rep; else the first user. */
export function pickCurrentUser<U extends UserLike>(
  users: readonly U[],
  userId: string | null,
): U | undefined {
  return users.find((u) => u.id === userId) ?? users.find((u) => u.role === 'rep') ?? users[0];
}

/**
 * Who counts in a partner's team figures: every rep, anyone the partner lets claim (the manager
 * included), and anyone with claims in the period even if no longer allowed to claim (whatever is
 * claimed is the team's). The dashboard, the start-up paint and the Team screen all use this.
 */
export function isTeamMember(user: UserLike, claimantIds: ReadonlySet<string>): boolean {
  return user.role === 'rep' || userMayClaim(user) || claimantIds.has(user.id);
}

/** Whose figures a user sees: a manager, the partner's team (isTeamMember); anyone else, themselves. */
export function repsInView<U extends UserLike>(
  user: U | undefined,
  users: readonly U[],
  claimantIds: ReadonlySet<string>,
): U[] {
  if (!user) return [];
  if (user.role === 'manager')
    return users.filter((u) => u.partnerId === user.partnerId && isTeamMember(u, claimantIds));
  return [user];
}

/** The ids of everyone with at least one claim among these per-rep aggregates. */
export function claimantIdsOf(
  aggregates: readonly { readonly repId: string; readonly claims: number }[],
): Set<string> {
  return new Set(aggregates.filter((a) => a.claims > 0).map((a) => a.repId));
}
