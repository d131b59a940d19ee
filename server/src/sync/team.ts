import type { AuthUser } from '../auth/sessions';
import type { Queryable } from '../db/adapter';

/** A user as the app's Team screen and claim checks need them (names, roles, permissions). */
export interface TeamMember {
  readonly id: string;
  readonly name: string;
  readonly role: 'rep' | 'manager';
  readonly partnerId: string;
  readonly mayClaim: boolean;
  readonly mayAcceptElevate: boolean;
}

/**
 * The people whose data a user pulls (the same rule as the partner feed's owner filter, pull.ts):
 * a rep itself; a manager itself and its reps; a partner admin every rep and manager of its
 * partner. Disabled users are left out. Names of other partners never leave the server.
 */
export async function teamOf(db: Queryable, user: AuthUser): Promise<TeamMember[]> {
  if (!user.partnerId) return [];
  const result = await db.query<{
    id: string;
    name: string;
    role: 'rep' | 'manager';
    partner_id: string;
    may_claim: boolean;
    may_accept_elevate: boolean;
  }>(
    `select id, name, role, partner_id, may_claim, may_accept_elevate from users
      where partner_id = $1 and not disabled and role in ('rep', 'manager')
        and (id = $2 or ($3 = 'manager' and manager_id = $2) or $3 = 'partner_admin')
      order by name, id`,
    [user.partnerId, user.id, user.role],
  );
  return result.rows.map((r) => ({
    id: r.id,
    name: r.name,
    role: r.role,
    partnerId: r.partner_id,
    mayClaim: r.may_claim,
    mayAcceptElevate: r.may_accept_elevate,
  }));
}
