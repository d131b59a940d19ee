import type { Queryable } from '../db/adapter';

/**
 * Failed-login counters in PostgreSQL (never process memory), so every instance behind a load
 * balancer sees the same count: per account and per address, in a fixed window.
 */
export interface RateLimitPolicy {
  readonly windowMs: number;
  readonly maxPerAccount: number;
  readonly maxPerAddress: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitPolicy = {
  windowMs: 15 * 60 * 1000,
  maxPerAccount: 5,
  maxPerAddress: 30,
};

const accountKey = (username: string) => `account:${username.toLowerCase()}`;
const addressKey = (address: string) => `address:${address}`;

async function failures(db: Queryable, key: string, now: Date, windowMs: number): Promise<number> {
  const result = await db.query<{ failures: number }>(
    'select failures from login_attempts where key = $1 and window_start > $2',
    [key, new Date(now.getTime() - windowMs).toISOString()],
  );
  return result.rows[0]?.failures ?? 0;
}

/** True when this account or this address has failed too often in the window. */
export async function isLimited(
  db: Queryable,
  username: string,
  address: string,
  now: Date,
  policy: RateLimitPolicy,
): Promise<boolean> {
  const [account, byAddress] = await Promise.all([
    failures(db, accountKey(username), now, policy.windowMs),
    failures(db, addressKey(address), now, policy.windowMs),
  ]);
  return account >= policy.maxPerAccount || byAddress >= policy.maxPerAddress;
}

export async function recordFailure(
  db: Queryable,
  username: string,
  address: string,
  now: Date,
  policy: RateLimitPolicy,
): Promise<void> {
  const cutoff = new Date(now.getTime() - policy.windowMs).toISOString();
  for (const key of [accountKey(username), addressKey(address)]) {
    // A window that has run out starts again at one; an open one counts up, atomically.
    await db.query(
      `insert into login_attempts (key, failures, window_start) values ($1, 1, $2)
       on conflict (key) do update set
         failures = case when login_attempts.window_start <= $3 then 1 else login_attempts.failures + 1 end,
         window_start = case when login_attempts.window_start <= $3 then $2 else login_attempts.window_start end`,
      [key, now.toISOString(), cutoff],
    );
  }
}

export async function clearAccount(db: Queryable, username: string): Promise<void> {
  await db.query('delete from login_attempts where key = $1', [accountKey(username)]);
}
