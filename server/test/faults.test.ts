import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponseSchema, PushResponseSchema } from '../../shared/index';
import { buildApp } from '../src/app';
import { configFromEnv } from '../src/config';
import {
  DatabaseUnavailableError,
  pgDb,
  pgliteDb,
  type Db,
  type Queryable,
} from '../src/db/adapter';
import { migrate } from '../src/db/migrations';
import { sqlText } from '../src/db/prepared';
import { seedDemo } from '../src/demo';
import { FeedWriter } from '../src/sync/feed';
import {
  BACKENDS,
  Clock,
  DATABASE_URL,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  passwordOf,
  postgresDb,
  schemaName,
  startServer,
  type TestServer,
  leapClaimArgs,
} from './harness';
import pg from 'pg';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const feedAfter = async (db: Queryable, seq: number) =>
  (
    await db.query<{ seq: string; row_id: string }>(
      `select seq::text as seq, row_id from feed where scope = 'p:test' and seq > $1 order by feed.seq`,
      [seq],
    )
  ).rows;

describe.skipIf(!DATABASE_URL)(
  'the commit-order gap on PostgreSQL (PGlite has one connection: writers cannot interleave)',
  () => {
    let db: Db;
    beforeAll(async () => {
      db = await postgresDb();
      await migrate(db);
    }, SERVER_TIMEOUT);
    afterAll(() => db?.close());

    const write = (id: string) => {
      const feed = new FeedWriter();
      feed.put({ scope: 'p:test', kind: 'claim', id, ownerId: null, data: { id } });
      return feed;
    };

    it('a writer that started first but commits last is not skipped by a pull in between', async () => {
      const aWrote = deferred();
      const aCommit = deferred();
      // A: does its work first, but takes its sequence number and commits last.
      const a = db.transaction(async (tx) => {
        await tx.query(`select 1`);
        aWrote.resolve();
        await aCommit.promise;
        await write('A').flush(tx);
      });
      await aWrote.promise;
      // B: starts later, commits first.
      await db.transaction(async (tx) => write('B').flush(tx));
      const between = await feedAfter(db, 0);
      expect(between.map((r) => r.row_id)).toEqual(['B']);
      const cursor = Number(between.at(-1)?.seq);
      aCommit.resolve();
      await a;
      // The next pull from the cursor the reader holds finds A: its number is above B's.
      expect((await feedAfter(db, cursor)).map((r) => r.row_id)).toEqual(['A']);
    });

    it('a writer holding a sequence number makes the next writer of the feed wait until it commits', async () => {
      const start = Number((await feedAfter(db, 0)).at(-1)?.seq ?? 0);
      const aNumbered = deferred();
      const aCommit = deferred();
      const a = db.transaction(async (tx) => {
        await write('C').flush(tx);
        aNumbered.resolve();
        await aCommit.promise;
      });
      await aNumbered.promise;
      let bDone = false;
      const b = db.transaction(async (tx) => write('D').flush(tx)).then(() => (bDone = true));
      // Whatever B does meanwhile, no reader sees a number above an uncommitted one.
      for (let i = 0; i < 5; i += 1) {
        expect(await feedAfter(db, start)).toEqual([]);
        expect(bDone).toBe(false);
        await db.query('select pg_sleep(0.02)');
      }
      aCommit.resolve();
      await Promise.all([a, b]);
      const rows = await feedAfter(db, start);
      expect(rows.map((r) => r.row_id)).toEqual(['C', 'D']);
    });
  },
);

/**
 * A database whose transactions throw `error()` at the first statement that `matches`: sent on
 * its own, in a batch, or with COMMIT (there, when the transaction commits).
 */
function throwingAt(inner: Db, matches: (sql: string) => boolean, error: () => Error): Db {
  const db: Db = {
    ...inner,
    // Routes run on a pinned connection: its transactions throw the same way.
    pinned: (fn) => inner.pinned((conn) => fn(throwingAt(conn, matches, error))),
    transaction: (fn) =>
      inner.transaction(async (tx) => {
        let atCommitThrows = false;
        const result = await fn({
          ...tx,
          query: async (sql, params) => {
            if (matches(sqlText(sql))) throw error();
            return tx.query(sql, params);
          },
          batch: async (statements) => {
            if (statements.some(matches)) throw error();
            return tx.batch(statements);
          },
          atCommit: (sql) => {
            atCommitThrows ||= matches(sql);
            tx.atCommit(sql);
          },
        });
        if (atCommitThrows) throw error();
        return result;
      }),
  };
  return db;
}

/**
 * A database that goes away after `after` more statements inside a transaction (each statement
 * of a batch, and each sent with COMMIT, counts as one).
 */
function failingDb(inner: Db, after: number): Db {
  let left = after;
  const gone = () => new DatabaseUnavailableError('Connection terminated unexpectedly');
  const db: Db = {
    ...inner,
    pinned: (fn) => fn(db),
    transaction: (fn) =>
      inner.transaction(async (tx) => {
        const result = await fn({
          exec: tx.exec,
          copyFrom: tx.copyFrom,
          atCommit: (sql) => {
            left -= 1;
            if (left < 0) throw gone();
            tx.atCommit(sql);
          },
          query: async (sql, params) => {
            left -= 1;
            if (left < 0) throw gone();
            return tx.query(sql, params);
          },
          batch: async (statements) => {
            const ran = Math.max(left, 0);
            left -= statements.length;
            if (left >= 0) return tx.batch(statements);
            // Gone within the batch: the statements before that point ran, uncommitted.
            if (ran > 0) await tx.batch(statements.slice(0, ran));
            throw gone();
          },
        });
        // The last step: COMMIT itself (the statements sent with it die with it).
        left -= 1;
        if (left < 0) throw gone();
        return result;
      }),
  };
  return db;
}

describe.each(BACKENDS)('faults on $name', (backend) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(backend);
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  /** One LEAP claim pushed through an app of its own on `db` (a database made to fail). */
  const pushOneClaim = async (
    db: Db,
    token: string,
    clientId: string,
    claimId: string,
    lineKey: string,
  ) => {
    const app = await buildApp({ db, config: configFromEnv({}), now: s.clock.now, logger: false });
    try {
      return await app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(token),
        payload: {
          clientId,
          mutations: [{ id: 1, name: 'claim.create', args: leapClaimArgs(claimId, lineKey) }],
        },
      });
    } finally {
      await app.close();
    }
  };

  it('the database going away mid-request: 503, and nothing half-written', async () => {
    const [line] = await claimableLines(s.db, 'P-1001');
    const ana = await s.login('ana');
    // A one-claim push: its first message checks the session, binds and locks the client with
    // the rules and reads the line (three statements, with BEGIN); its last carries the claim,
    // its result with lastMutationId, the audit entry and the feed (four statements), with
    // COMMIT. Failing at each of those eight steps; the client's binding goes with the push, so
    // not even that is left behind.
    // With one statement more allowed, the push goes through: the steps above are all of them.
    for (const after of [0, 1, 2, 3, 4, 5, 6, 7, 8]) {
      const r = await pushOneClaim(
        failingDb(s.db, after),
        ana,
        'client-fault-1',
        `f-${after}`,
        line!.key,
      );
      const state = await s.db.query<{ claims: string; last: string | null; feed: string }>(
        `select (select count(*) from claims where line_key = $1)::text as claims,
                (select last_mutation_id::text from clients where client_id = 'client-fault-1') as last,
                (select count(*) from feed where row_id like 'f-%')::text as feed`,
        [line!.key],
      );
      if (after === 8) {
        expect(r.statusCode).toBe(200);
        expect(state.rows[0]).toEqual({ claims: '1', last: '1', feed: '1' });
        continue;
      }
      expect(r.statusCode).toBe(503);
      expect(r.json()).toEqual({ error: 'unavailable', message: expect.any(String) });
      expect(state.rows[0]).toEqual({ claims: '0', last: null, feed: '0' });
    }
  });

  it('a transaction the database rolled back (a deadlock) answers 503 to try again, and nothing is stored', async () => {
    const [, line] = await claimableLines(s.db, 'P-1001');
    const ana = await s.login('ana');
    // PostgreSQL picks one side of a deadlock and rolls it back with 40P01: here, at the claim insert.
    const deadlocking = throwingAt(
      s.db,
      (sql) => sql.includes('claims_insert'),
      () => Object.assign(new Error('deadlock detected'), { code: '40P01' }),
    );
    const r = await pushOneClaim(deadlocking, ana, 'client-deadlock-1', 'dl-1', line!.key);
    expect(r.statusCode).toBe(503);
    expect(r.json()).toEqual({
      error: 'busy',
      message: expect.stringMatching(/nothing was stored/),
    });
    const state = await s.db.query<{ claims: string; client: string }>(
      `select (select count(*) from claims where id = 'dl-1')::text as claims,
              (select count(*) from clients where client_id = 'client-deadlock-1')::text as client`,
    );
    expect(state.rows[0]).toEqual({ claims: '0', client: '0' });
  });

  it(
    'a closed database answers /ready and every data route with 503',
    async () => {
      const db = await backend.open();
      await migrate(db);
      const app = await buildApp({ db, config: configFromEnv({}), logger: false });
      expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
      await db.close();
      expect((await app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      expect((await app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(503);
      const login = await app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { username: 'ana', password: 'whatever-it-is' },
      });
      expect(login.statusCode).toBe(503);
      await app.close();
    },
    SERVER_TIMEOUT,
  );
});

describe.each(BACKENDS)('a restart between push and pull on $name', (backend) => {
  it(
    'the pull after the restart has the pushed claim and lastMutationId',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'pr-restart-'));
      const schema = schemaName();
      if (backend.name === 'postgres') {
        const c = new pg.Client({ connectionString: DATABASE_URL });
        await c.connect();
        await c.query(`create schema ${schema}`);
        await c.end();
      }
      const open = () =>
        backend.name === 'pglite'
          ? pgliteDb(dir)
          : Promise.resolve(pgDb({ connectionString: DATABASE_URL!, schema }));
      try {
        const clock = new Clock();
        let db = await open();
        await migrate(db);
        await seedDemo(db, clock.now(), (u) => passwordOf(u.username));
        const [line] = await claimableLines(db, 'P-1001');
        let app = await buildApp({ db, config: configFromEnv({}), now: clock.now, logger: false });
        const token = (
          await app.inject({
            method: 'POST',
            url: '/auth/login',
            payload: { username: 'ana', password: passwordOf('ana') },
          })
        ).json().token as string;
        const pushed = await app.inject({
          method: 'POST',
          url: '/sync/push',
          headers: auth(token),
          payload: {
            clientId: 'client-restart',
            mutations: [
              {
                id: 1,
                name: 'claim.create',
                args: leapClaimArgs('r-1', line!.key),
              },
            ],
          },
        });
        expect(PushResponseSchema.parse(pushed.json()).lastMutationId).toBe(1);
        await app.close();
        await db.close();
        db = await open();
        app = await buildApp({ db, config: configFromEnv({}), now: clock.now, logger: false });
        const pulled = PullResponseSchema.parse(
          (
            await app.inject({
              method: 'GET',
              url: '/sync/pull?clientId=client-restart&limit=1000',
              headers: auth(token),
            })
          ).json(),
        );
        expect(pulled.lastMutationId).toBe(1);
        expect(pulled.rows.some((r) => r.id === 'r-1')).toBe(true);
        await app.close();
        await db.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
        if (backend.name === 'postgres') {
          const c = new pg.Client({ connectionString: DATABASE_URL });
          await c.connect();
          await c.query(`drop schema ${schema} cascade`);
          await c.end();
        }
      }
    },
    SERVER_TIMEOUT,
  );
});
