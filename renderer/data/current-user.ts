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
 * Whose figures a user sees: a manager, everyone of the partner who claims (the reps, and anyone
 * else the partner lets claim, the manager included: whatever is claimed is the team's); anyone
 * else, themselves. The dashboard and the start-up paint both call this, so they agree.
 */
export function repsInView<U extends UserLike>(user: U | undefined, users: readonly U[]): U[] {
  if (!user) return [];
  if (user.role === 'manager')
    return users.filter(
      (u) => u.partnerId === user.partnerId && (u.role === 'rep' || userMayClaim(u)),
    );
  return [user];
}
