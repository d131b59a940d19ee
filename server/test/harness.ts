import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { configFromEnv, type ServerConfig } from '../src/config';
import { pgDb, pgliteDb, type Db, type Tx } from '../src/db/adapter';
import { sqlText } from '../src/db/prepared';
import { migrate } from '../src/db/migrations';
import { seedDemo } from '../src/demo';

/**
 * The same suite runs against embedded PGlite and, when DATABASE_URL is set (.ci/run sets it when
 * 127.0.0.1:5432 answers), against real PostgreSQL; each test file gets its own schema there.
 */
export interface Backend {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<Db>;
}

export const DATABASE_URL = process.env.DATABASE_URL;

export function schemaName(): string {
  return `t_${randomBytes(6).toString('hex')}`;
}

/** A fresh schema on the test PostgreSQL; dropped by the returned Db's close(). */
export async function postgresDb(max = 10): Promise<Db> {
  const url = DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set');
  const schema = schemaName();
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const db = pgDb({ connectionString: url, schema, max });
  return {
    ...db,
    async close() {
      await db.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}

export const BACKENDS: readonly Backend[] = [
  { name: 'pglite', open: () => pgliteDb() },
  ...(DATABASE_URL ? [{ name: 'postgres' as const, open: () => postgresDb() }] : []),
];

/** Every demo user's password in tests: fixed, so logins are reproducible. */
export const passwordOf = (username: string) => `test-password-${username}`;

export const T0 = new Date('2026-12-02T12:00:00.000Z');

export class Clock {
  private at = T0.getTime();
  now = (): Date => new Date(this.at);
  advance(ms: number): void {
    this.at += ms;
  }
}

export interface TestServer {
  readonly db: Db;
  readonly app: FastifyInstance;
  readonly clock: Clock;
  login(username: string): Promise<string>;
  close(): Promise<void>;
}

export async function startServer(
  backend: Backend,
  options: {
    config?: Partial<ServerConfig>;
    db?: Db;
    seed?: boolean;
    logger?: Parameters<typeof buildApp>[0]['logger'];
  } = {},
): Promise<TestServer> {
  const db = options.db ?? (await backend.open());
  const clock = new Clock();
  if (!options.db) {
    await migrate(db);
    if (options.seed !== false) await seedDemo(db, clock.now(), (u) => passwordOf(u.username));
  }
  const app = await buildApp({
    db,
    config: { ...configFromEnv({}), ...options.config },
    now: clock.now,
    logger: options.logger ?? false,
  });
  return {
    db,
    app,
    clock,
    async login(username: string) {
      const response = await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { username, password: passwordOf(username) },
      });
      if (response.statusCode !== 200)
        throw new Error(`login ${username}: ${response.statusCode} ${response.body}`);
      return (response.json() as { token: string }).token;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

/** A test server on PostgreSQL (the race tests: PGlite's one connection never overlaps). */
export async function startPostgresServer(): Promise<TestServer> {
  const postgres = BACKENDS.find((b) => b.name === 'postgres');
  if (!postgres) throw new Error('no PostgreSQL backend');
  return startServer(postgres);
}

export const auth = (token: string) => ({ authorization: `Bearer ${token}` });

/** Lines of a partner still inside the claim window on T0, oldest first. */
export async function claimableLines(
  db: Db,
  partnerId: string,
): Promise<{ key: string; family: string }[]> {
  const result = await db.query<{ key: string; family: string }>(
    `select key, family from invoice_lines where partner_id = $1 and date >= '2026-10-01' and date <= '2026-12-02'
      order by date, key`,
    [partnerId],
  );
  return result.rows;
}

export const SERVER_TIMEOUT = 180_000;

/**
 * The same database, with a transaction held open after its first statement (alone or in a batch)
 * that `matches`:
 * `held` is called, and the transaction waits for `release` before it goes on. Routes run on a
 * pinned connection, whose transactions are held the same way.
 */
export function heldAfter(
  db: Db,
  matches: (sql: string) => boolean,
  held: () => void,
  release: Promise<void>,
): Db {
  return {
    ...db,
    pinned: (fn) => db.pinned((conn) => fn(heldAfter(conn, matches, held, release))),
    transaction: (fn) =>
      db.transaction((tx) => {
        const hold = async () => {
          held();
          await release;
        };
        const holding: Tx = {
          ...tx,
          query: async (sql, params) => {
            const result = await tx.query(sql, params);
            if (matches(sqlText(sql))) await hold();
            return result as never;
          },
          batch: async (statements) => {
            const results = await tx.batch(statements);
            if (statements.some(matches)) await hold();
            return results as never;
          },
        };
        return fn(holding);
      }),
  };
}

/**
 * An app on the test server's database whose transactions are held, uncommitted, once they have
 * sent a statement that `matches`: `held` resolves when one is, and `release()` lets them go on.
 */
export async function appHeldAfter(s: TestServer, matches: (sql: string) => boolean) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let isHeld!: () => void;
  const held = new Promise<void>((resolve) => (isHeld = resolve));
  const app = await buildApp({
    db: heldAfter(s.db, matches, isHeld, released),
    config: configFromEnv({}),
    now: s.clock.now,
    logger: false,
  });
  return { app, held, release };
}

/** An app whose pushes are held once their first message has read their lines. */
export async function appHeldAfterLineRead(s: TestServer) {
  const { app, held, release } = await appHeldAfter(s, (sql) => sql.includes('lines_with_claims('));
  return { app, read: held, release };
}

/**
 * Waits (up to 5 s) until a statement like `queryLike` (an SQL LIKE pattern) waits for a lock on
 * the test database; answers whether one did.
 */
export async function waitsForLock(db: Db, queryLike: string): Promise<boolean> {
  for (let i = 0; i < 100; i += 1) {
    const locks = await db.query<{ n: string }>(
      `select count(*)::text as n from pg_stat_activity
        where wait_event_type = 'Lock' and datname = current_database() and query like $1`,
      [queryLike],
    );
    if (Number(locks.rows[0]?.n) > 0) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return false;
}

/** The SPIFF rule version in force last (the demo's): its per-unit values and quarterly cap. */
export async function latestSpiffRule(
  db: Db,
): Promise<{ capCentsPerQuarter: number; perUnitCents: Record<string, number> }> {
  const result = await db.query<{
    data: { capCentsPerQuarter: number; perUnitCents: Record<string, number> };
  }>(`select data from rule_versions where program = 'spiff' order by effective_from desc limit 1`);
  const row = result.rows[0];
  if (!row) throw new Error('no SPIFF rule version');
  return row.data;
}

/** A SPIFF claim's args as the app queues them (the server recomputes its value and rule version). */
export const spiffClaimArgs = (claimId: string, lineKey: string, repId = 'rep-ben') => ({
  claimId,
  lineKey,
  program: 'spiff' as const,
  repId,
  amount: 0,
  unit: 'USD' as const,
  ruleVersion: 'x',
});

/** A LEAP claim's args as the app queues them (the server recomputes its value and rule version). */
export const leapClaimArgs = (claimId: string, lineKey: string, repId = 'rep-ana') => ({
  claimId,
  lineKey,
  program: 'leap' as const,
  repId,
  amount: 0,
  unit: 'points' as const,
  ruleVersion: 'x',
});
