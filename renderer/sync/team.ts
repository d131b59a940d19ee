import { z } from '../../shared/zod';
import type { PartnerRewardsDb } from '../db/database';
import type { UserRow } from '../db/rows';
import type { SyncTransport } from './transport';

const TeamSchema = z.object({
  users: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      role: z.enum(['rep', 'manager']),
      partnerId: z.string(),
      mayClaim: z.boolean(),
      mayAcceptElevate: z.boolean(),
    }),
  ),
});

const TEAM_FETCHED_AT = 'teamFetchedAt';
/** Names and permissions change rarely: asked for at most once an hour (and at sign-in). */
export const TEAM_REFRESH_MS = 60 * 60 * 1000;

/**
 * Stores the people whose data this user pulls (the manager's reps with their names), so the
 * Team screen and its exports list every rep of the team, not only who used this laptop.
 * Answers whether it asked the server.
 */
export async function refreshTeam(
  db: PartnerRewardsDb,
  transport: SyncTransport,
  now: Date,
  force = false,
): Promise<boolean> {
  if (!transport.team) return false;
  const last = (await db.syncState.get(TEAM_FETCHED_AT))?.value;
  if (!force && typeof last === 'string' && now.getTime() - Date.parse(last) < TEAM_REFRESH_MS)
    return false;
  const { users } = TeamSchema.parse(await transport.team());
  const rows: UserRow[] = users.map((u) => ({
    id: u.id,
    name: u.name,
    role: u.role,
    partnerId: u.partnerId,
    canAcceptTargets: u.mayAcceptElevate,
    mayClaim: u.mayClaim,
  }));
  await db.transaction('rw', [db.users, db.syncState], async () => {
    await db.users.bulkPut(rows);
    await db.syncState.put({ key: TEAM_FETCHED_AT, value: now.toISOString() });
  });
  return true;
}
