import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponseSchema } from '../../shared/index';
import {
  DATABASE_URL,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  appHeldAfterLineRead,
  leapClaimArgs,
  startPostgresServer,
  type TestServer,
} from './harness';

/**
 * A push writes its last run of claims with COMMIT, trusting the lines it read when it began. When
 * another push claims one of those lines in between, the first one's COMMIT finds the line taken:
 * nothing of it may be stored as decided, and it is decided again. PostgreSQL only: PGlite has
 * one connection, so its pushes never overlap.
 */
describe.skipIf(!DATABASE_URL)('a line claimed by another push between read and COMMIT', () => {
  let s: TestServer;
  let ana: string;
  let ben: string;
  beforeAll(async () => {
    s = await startPostgresServer();
    [ana, ben] = [await s.login('ana'), await s.login('ben')];
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  it('the late push is decided again: the taken line refused, the other claim applied, each stored once', async () => {
    const [x, y] = await claimableLines(s.db, 'P-1001');
    // Ana's push has read both lines free, and is held there, before its COMMIT.
    const { app: anaApp, read, release } = await appHeldAfterLineRead(s);
    const anaPush = anaApp.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: {
        clientId: 'client-conflict-ana',
        mutations: [
          { id: 1, name: 'claim.create', args: leapClaimArgs('conflict-ana-x', x!.key) },
          { id: 2, name: 'claim.create', args: leapClaimArgs('conflict-ana-y', y!.key) },
        ],
      },
    });
    await read;
    // Ben claims line x meanwhile, and commits.
    const benPush = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ben),
      payload: {
        clientId: 'client-conflict-ben',
        mutations: [
          { id: 1, name: 'claim.create', args: leapClaimArgs('conflict-ben-x', x!.key, 'rep-ben') },
        ],
      },
    });
    expect(PushResponseSchema.parse(benPush.json()).results).toEqual([
      { id: 1, status: 'applied' },
    ]);
    release();
    const r = await anaPush;
    await anaApp.close();
    expect(r.statusCode).toBe(200);
    const response = PushResponseSchema.parse(r.json());
    expect(response.lastMutationId).toBe(2);
    expect(response.results.map((m) => (m.status === 'rejected' ? m.code : m.status))).toEqual([
      'already_claimed',
      'applied',
    ]);
    const stored = await s.db.query<{ id: string; line_key: string; rep_id: string }>(
      `select id, line_key, rep_id from claims where id like 'conflict-%' order by id`,
    );
    expect(stored.rows).toEqual([
      { id: 'conflict-ana-y', line_key: y!.key, rep_id: 'rep-ana' },
      { id: 'conflict-ben-x', line_key: x!.key, rep_id: 'rep-ben' },
    ]);
    // What Ana's client is told again on a replay, and what the feed carries: once each.
    const results = await s.db.query<{ mutation_id: string; status: string; code: string | null }>(
      `select mutation_id::text, status, code from mutation_results
        where client_id = 'client-conflict-ana' order by mutation_id`,
    );
    expect(results.rows).toEqual([
      { mutation_id: '1', status: 'rejected', code: 'already_claimed' },
      { mutation_id: '2', status: 'applied', code: null },
    ]);
    const feed = await s.db.query<{ row_id: string }>(
      `select row_id from feed where kind = 'claim' and row_id like 'conflict-%' order by row_id`,
    );
    expect(feed.rows.map((row) => row.row_id)).toEqual(['conflict-ana-y', 'conflict-ben-x']);
    const audit = await s.db.query<{ action: string; mutation_id: string }>(
      `select action, mutation_id::text from audit_log
        where client_id = 'client-conflict-ana' order by mutation_id`,
    );
    expect(audit.rows).toEqual([
      { action: 'mutation.rejected', mutation_id: '1' },
      { action: 'mutation.applied', mutation_id: '2' },
    ]);
  });
});
