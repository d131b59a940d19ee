import { userMayClaim, type UserRow } from '../../db/index';

/**
 * Why the signed-in user cannot claim (a translation key), or null when they may. Seed 004: the
 * partner decides which personas may claim; the repository refuses the same users.
 */
export function claimBlockedReason(
  user: Pick<UserRow, 'mayClaim'> | undefined,
): 'claims.permission.noUser' | 'claims.permission.notPermitted' | null {
  if (!user) return 'claims.permission.noUser';
  return userMayClaim(user) ? null : 'claims.permission.notPermitted';
}
