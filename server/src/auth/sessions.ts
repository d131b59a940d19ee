import type { Queryable } from '../db/adapter';
import { prepared } from '../db/prepared';
import { hashToken, newToken } from './password';

export type Role = 'rep' | 'manager' | 'partner_admin' | 'vendor_admin';

export interface AuthUser {
  readonly id: string;
  readonly username: string;
  readonly name: string;
  readonly role: Role;
  readonly partnerId: string | null;
  readonly mayClaim: boolean;
  readonly mayAcceptElevate: boolean;
}

export interface SessionPolicy {
  /** A session unused this long ends. */
  readonly idleMs: number;
  /** A session ends this long after login, used or not. */
  readonly absoluteMs: number;
}

export const DEFAULT_SESSION_POLICY: SessionPolicy = {
  idleMs: 8 * 60 * 60 * 1000,
  absoluteMs: 14 * 24 * 60 * 60 * 1000,
};

export async function createSession(
  db: Queryable,
  userId: string,
  now: Date,
  policy: SessionPolicy,
): Promise<{ token: string; expiresAt: Date }> {
  const token = newToken();
  const expiresAt = new Date(now.getTime() + policy.absoluteMs);
  await db.query(
    'insert into sessions (token_hash, user_id, created_at, last_seen_at, expires_at) values ($1, $2, $3, $3, $4)',
    [hashToken(token), userId, now.toISOString(), expiresAt.toISOString()],
  );
  return { token, expiresAt };
}

interface SessionRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  partner_id: string | null;
  may_claim: boolean;
  may_accept_elevate: boolean;
}

// Every authenticated request runs it.
const SESSION_USER = prepared(
  `select u.id, u.username, u.name, u.role, u.partner_id, u.may_claim, u.may_accept_elevate, s.last_seen_at
     from sessions s join users u on u.id = s.user_id
    where s.token_hash = $1 and not u.disabled and s.expires_at > $2 and s.last_seen_at > $3`,
);

/**
 * The user behind a bearer token, or null: unknown, expired (idle or absolute) or disabled. Using
 * a session slides its idle expiry; both checks happen in the same statement.
 */
export async function authenticate(
  db: Queryable,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<AuthUser | null> {
  const idleCutoff = new Date(now.getTime() - policy.idleMs).toISOString();
  const hash = hashToken(token);
  const result = await db.query<SessionRow & { last_seen_at: unknown }>(SESSION_USER, [
    hash,
    now.toISOString(),
    idleCutoff,
  ]);
  const row = result.rows[0];
  if (!row) return null;
  // Slide the idle expiry at most once a minute: a write per request would make every request of
  // one session queue on that session's row.
  const lastSeen = new Date(
    String(row.last_seen_at instanceof Date ? row.last_seen_at.toISOString() : row.last_seen_at),
  );
  if (now.getTime() - lastSeen.getTime() > TOUCH_EVERY_MS)
    await db.query(
      'update sessions set last_seen_at = $2 where token_hash = $1 and last_seen_at < $2',
      [hash, now.toISOString()],
    );
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role,
    partnerId: row.partner_id,
    mayClaim: row.may_claim,
    mayAcceptElevate: row.may_accept_elevate,
  };
}

const TOUCH_EVERY_MS = 60_000;

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
}

export async function endUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from sessions where user_id = $1', [userId]);
}
