/** Who is using the app and whose figures the screens show; pure, shared by the hooks and the start-up paint. */

/** localStorage key of the user chosen in the header (an id, never a secret). */
export const USER_KEY = 'partner-rewards.user';

interface UserLike {
  readonly id: string;
  readonly role: string;
  readonly partnerId: string;
}

/** The chosen user; else the first rep; else the first user. */
export function pickCurrentUser<U extends UserLike>(
  users: readonly U[],
  userId: string | null,
): U | undefined {
  return users.find((u) => u.id === userId) ?? users.find((u) => u.role === 'rep') ?? users[0];
}

/** A manager sees the partner's reps; anyone else sees themselves. */
export function repsInView<U extends UserLike>(user: U | undefined, users: readonly U[]): U[] {
  if (!user) return [];
  if (user.role === 'manager')
    return users.filter((u) => u.role === 'rep' && u.partnerId === user.partnerId);
  return [user];
}
