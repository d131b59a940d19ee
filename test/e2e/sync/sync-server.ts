import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app';
import { configFromEnv } from '../../../server/src/config';
import { pgliteDb, type Db } from '../../../server/src/db/adapter';
import { migrate } from '../../../server/src/db/migrations';
import { seedDemo } from '../../../server/src/demo';
import { decideClaims } from '../../../server/src/vendor/decisions';
import { DATABASE_URL, postgresDb } from '../../../server/test/harness';

export const SYNC_PORT = Number(process.env.SYNC_SERVER_PORT ?? 4803);

/**
 * Where the journeys' server keeps its data: embedded PGlite always, and real PostgreSQL too when
 * DATABASE_URL is set (.ci/run sets it when 127.0.0.1:5432 answers), in a schema of its own that
 * is dropped at the end, as the server suites do (server/test/harness.ts).
 */
export interface JourneyBackend {
  readonly name: 'pglite' | 'postgres';
  readonly port: number;
  open(): Promise<Db>;
}

export const JOURNEY_BACKENDS: readonly JourneyBackend[] = [
  { name: 'pglite', port: SYNC_PORT, open: () => pgliteDb() },
  ...(DATABASE_URL
    ? [{ name: 'postgres' as const, port: SYNC_PORT + 10, open: () => postgresDb(4) }]
    : []),
];

/**
 * The sync server a journey talks to: the real app on the backend's database, seeded with the server's
 * demo world, on a loopback port, accepting the web build's origin. Its clock is pinned to the
 * date the app is opened with, so claim windows agree on both sides.
 */
export const SERVER_NOW = new Date('2026-12-02T12:00:00.000Z');
export const passwordOf = (username: string) => `journey-password-${username}`;

export interface JourneyServer {
  readonly url: string;
  readonly db: Db;
  close(): Promise<void>;
  /** The vendor admin's decision, as the server's `decisions` command applies it. */
  decide(
    claimId: string,
    decision: 'approved' | 'rejected' | 'paid',
    reason?: string,
  ): Promise<void>;
}

export async function startJourneyServer(
  appOrigin: string,
  backend: JourneyBackend,
): Promise<JourneyServer> {
  const db = await backend.open();
  await migrate(db);
  await seedDemo(db, SERVER_NOW, (u) => passwordOf(u.username));
  const app: FastifyInstance = await buildApp({
    db,
    config: { ...configFromEnv({}), origins: [appOrigin] },
    now: () => SERVER_NOW,
    logger: false,
  });
  await app.listen({ host: '127.0.0.1', port: backend.port });
  return {
    url: `http://127.0.0.1:${backend.port}`,
    db,
    async close() {
      await app.close();
      await db.close();
    },
    async decide(claimId, decision, reason) {
      await decideClaims(
        db,
        [{ claimId, decision, ...(reason ? { reason } : {}) }],
        { id: null },
        () => SERVER_NOW,
      );
    },
  };
}
