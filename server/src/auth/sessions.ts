import type { Queryable } from '../db/adapter';
import { prepared } from '../db/prepared';
import { sqlLiteral } from '../db/sql-literal';
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

/** session_user_of's answer (migration 9). */
export interface SessionUserRow {
  user_id: string;
  username: string;
  user_name: string;
  user_role: Role;
  partner: string | null;
  may_claim: boolean;
  may_accept_elevate: boolean;
  /** The idle expiry is due to slide and was not (sessionCheckSql): touchSession, after. */
  touch_due: boolean;
}

export const toAuthUser = (row: SessionUserRow): AuthUser => ({
  id: row.user_id,
  username: row.username,
  name: row.user_name,
  role: row.user_role,
  partnerId: row.partner,
  mayClaim: row.may_claim,
  mayAcceptElevate: row.may_accept_elevate,
});

/** Slide the idle expiry at most once a minute (session_user_of). */
const TOUCH_EVERY_MS = 60_000;

/** session_user_of's arguments: the token's hash, now, the idle cutoff, the touch cutoff. */
function sessionArgs(
  token: string,
  now: Date,
  policy: SessionPolicy,
): [string, string, string, string] {
  return [
    hashToken(token),
    now.toISOString(),
    new Date(now.getTime() - policy.idleMs).toISOString(),
    new Date(now.getTime() - TOUCH_EVERY_MS).toISOString(),
  ];
}

// Every authenticated request runs it.
const SESSION_USER = prepared(
  'select * from session_user_of($1, $2::timestamptz, $3::timestamptz, $4::timestamptz, true)',
);

/**
 * The user behind a bearer token, or null: unknown, expired (idle or absolute) or disabled. Using
 * a session slides its idle expiry, in the same statement.
 */
export async function authenticate(
  db: Queryable,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<AuthUser | null> {
  const result = await db.query<SessionUserRow>(SESSION_USER, sessionArgs(token, now, policy));
  const row = result.rows[0];
  return row ? toAuthUser(row) : null;
}

/**
 * The same check as a statement with literals, to send with other statements in one message
 * (Tx.batch): the statements after it in a transaction name its user as SESSION_USER_SQL and its
 * partner as SESSION_PARTNER_SQL, both null when the session was refused. It does not slide the
 * idle expiry: when its row says touch_due, call touchSession once the transaction has ended.
 */
export function sessionCheckSql(token: string, now: Date, policy: SessionPolicy): string {
  const [hash, at, idle, touch] = sessionArgs(token, now, policy);
  return `select * from session_user_of(${sqlLiteral(hash)}, ${[at, idle, touch].map((t) => `${sqlLiteral(t)}::timestamptz`).join(', ')}, false)`;
}

const TOUCH = prepared('select session_slide($1, $2::timestamptz, $3::timestamptz)');

/**
 * Slides a session's idle expiry (a check by sessionCheckSql said touch_due), unless another
 * request has slid it meanwhile or is sliding it (migration 10).
 */
export async function touchSession(
  db: Queryable,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<void> {
  const [hash, at, , touchBefore] = sessionArgs(token, now, policy);
  await db.query(TOUCH, [hash, at, touchBefore]);
}
export const SESSION_USER_SQL = `nullif(current_setting('pr.user_id', true), '')`;
export const SESSION_PARTNER_SQL = `nullif(current_setting('pr.partner_id', true), '')`;

export async function endSession(db: Queryable, token: string): Promise<void> {
  await db.query('delete from sessions where token_hash = $1', [hashToken(token)]);
}

export async function endUserSessions(db: Queryable, userId: string): Promise<void> {
  await db.query('delete from sessions where user_id = $1', [userId]);
}
