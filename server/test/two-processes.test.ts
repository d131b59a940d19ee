import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { PullResponseSchema, PushResponseSchema } from '../../shared/index';
import { pgDb } from '../src/db/adapter';
import { migrate } from '../src/db/migrations';
import { seedDemo } from '../src/demo';
import {
  Clock,
  DATABASE_URL,
  SERVER_TIMEOUT,
  claimableLines,
  passwordOf,
  schemaName,
} from './harness';

const PORTS = [4711, 4712];

async function waitReady(port: number, child: ChildProcess): Promise<void> {
  for (let i = 0; i < 600; i += 1) {
    if (child.exitCode !== null) throw new Error(`server on ${port} exited ${child.exitCode}`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/ready`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server on ${port} never became ready`);
}

// Two processes need a database both can reach: PostgreSQL. PGlite is one process's database.
describe.skipIf(!DATABASE_URL)(
  'two server processes on one PostgreSQL, one client alternating',
  () => {
    const schema = schemaName();
    const url = `${DATABASE_URL}${DATABASE_URL?.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
    const children: ChildProcess[] = [];
    let lines: string[] = [];
    beforeAll(async () => {
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await admin.end();
      const db = pgDb({ connectionString: DATABASE_URL!, schema });
      await migrate(db);
      await seedDemo(db, new Clock().now(), (u) => passwordOf(u.username));
      // The processes run on the real clock; claim lines whose window is open today.
      lines = (
        await db.query<{ key: string }>(
          `select key from invoice_lines where partner_id = 'P-1001' order by date desc limit 10`,
        )
      ).rows.map((r) => r.key);
      await db.close();
      for (const port of PORTS) {
        const child = spawn(
          process.execPath,
          ['--import', 'tsx', 'server/src/main.ts', 'serve', '--no-demo'],
          {
            env: {
              ...process.env,
              DATABASE_URL: url,
              PORT: String(port),
              HOST: '127.0.0.1',
              LOG_LEVEL: 'warn',
            },
            stdio: ['ignore', 'ignore', 'inherit'],
          },
        );
        children.push(child);
      }
      await Promise.all(PORTS.map((p, i) => waitReady(p, children[i]!)));
      expect(claimableLines).toBeDefined();
    }, SERVER_TIMEOUT);
    afterAll(async () => {
      for (const child of children) child.kill('SIGTERM');
      await Promise.all(
        children.map(
          (c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r))),
        ),
      );
      const admin = new pg.Client({ connectionString: DATABASE_URL });
      await admin.connect();
      await admin.query(`drop schema ${schema} cascade`);
      await admin.end();
    });

    it(
      'sessions, client cursors, replays and idempotency hold across instances',
      async () => {
        const base = (i: number) => `http://127.0.0.1:${PORTS[i % 2]}`;
        const login = await fetch(`${base(0)}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username: 'ana', password: passwordOf('ana') }),
        });
        const { token } = (await login.json()) as { token: string };
        const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
        let cursor = '';
        const seen = new Set<string>();
        for (let i = 0; i < 6; i += 1) {
          const mutation = {
            id: i + 1,
            name: 'leap.activity',
            args: {
              id: `two-${i}`,
              userId: 'rep-ana',
              kind: 'course',
              title: `Course ${i}`,
              completedOn: '2026-01-01',
              points: 10,
            },
          };
          const push = await fetch(`${base(i)}/sync/push`, {
            method: 'POST',
            headers: { ...headers, 'idempotency-key': `two-proc-${i}` },
            body: JSON.stringify({ clientId: 'client-two-proc', mutations: [mutation] }),
          });
          expect(push.status).toBe(200);
          expect(PushResponseSchema.parse(await push.json()).lastMutationId).toBe(i + 1);
          // The retry lands on the other instance and gets the stored answer.
          const retry = await fetch(`${base(i + 1)}/sync/push`, {
            method: 'POST',
            headers: { ...headers, 'idempotency-key': `two-proc-${i}` },
            body: JSON.stringify({ clientId: 'client-two-proc', mutations: [mutation] }),
          });
          expect(PushResponseSchema.parse(await retry.json()).results[0]?.status).toBe('applied');
          const pull = await fetch(
            `${base(i + 1)}/sync/pull?clientId=client-two-proc&limit=1000&cursor=${cursor}`,
            { headers },
          );
          const page = PullResponseSchema.parse(await pull.json());
          expect(page.lastMutationId).toBe(i + 1);
          cursor = page.cursor;
          for (const row of page.rows) seen.add(row.id);
          expect(seen.has(`two-${i}`)).toBe(true);
        }
        expect(lines.length).toBeGreaterThan(0);
        await fetch(`${base(1)}/auth/logout`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        });
        expect((await fetch(`${base(0)}/me`, { headers })).status).toBe(401);
      },
      SERVER_TIMEOUT,
    );
  },
);
