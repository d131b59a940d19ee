import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { hashToken } from '../src/auth/password';
import {
  DATABASE_URL,
  SERVER_TIMEOUT,
  auth,
  startPostgresServer,
  type TestServer,
  waitsForLock,
} from './harness';

/**
 * A session due its once-a-minute slide, used by several requests at once: the first to lock its
 * row slides it, and the others go on without waiting for that one to commit (each used to wait,
 * then slide the row again: one commit after another). PostgreSQL only: PGlite has one
 * connection, so its requests never overlap.
 */
describe.skipIf(!DATABASE_URL)('requests on a session due its slide, at once', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startPostgresServer();
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  const lastSeen = async (token: string) => {
    const { rows } = await s.db.query<{ at: string }>(
      `select to_json(last_seen_at)#>>'{}' as at from sessions where token_hash = $1`,
      [hashToken(token)],
    );
    return rows[0] ? new Date(rows[0].at).toISOString() : undefined;
  };

  /**
   * Sends `request` while another transaction holds the session's row, as a request sliding it
   * would until its COMMIT: whether it was answered or waited for the row, then the answer.
   */
  const whileRowHeld = async (token: string, request: InjectOptions) => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let isHeld!: () => void;
    const held = new Promise<void>((resolve) => (isHeld = resolve));
    const holder = s.db.transaction(async (tx) => {
      await tx.query('update sessions set last_seen_at = last_seen_at where token_hash = $1', [
        hashToken(token),
      ]);
      isHeld();
      await released;
    });
    await held;
    const answer = s.app.inject(request);
    const outcome = await Promise.race([
      answer.then(() => 'answered' as const),
      waitsForLock(s.db, '%session_%').then((waited) => (waited ? 'waited' : 'neither')),
    ]);
    release();
    await holder;
    return { outcome, response: await answer };
  };

  it('an authenticated route answers at once; the next request slides the session', async () => {
    const ben = await s.login('ben');
    const loggedIn = await lastSeen(ben);
    s.clock.advance(2 * 60_000);
    const { outcome, response } = await whileRowHeld(ben, {
      method: 'GET',
      url: '/me',
      headers: auth(ben),
    });
    expect(outcome).toBe('answered');
    expect(response.statusCode).toBe(200);
    // Skipped, not lost: the row was not slid while held, and the next request slides it.
    expect(await lastSeen(ben)).toBe(loggedIn);
    expect((await s.app.inject({ method: 'GET', url: '/me', headers: auth(ben) })).statusCode).toBe(
      200,
    );
    expect(await lastSeen(ben)).toBe(s.clock.now().toISOString());
  });

  it('a push answers at once; its slide after the transaction skips the held row', async () => {
    const ana = await s.login('ana');
    const loggedIn = await lastSeen(ana);
    s.clock.advance(2 * 60_000);
    const { outcome, response } = await whileRowHeld(ana, {
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: { clientId: 'client-slide-race', mutations: [] },
    });
    expect(outcome).toBe('answered');
    expect(response.statusCode).toBe(200);
    expect(await lastSeen(ana)).toBe(loggedIn);
    const again = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: { clientId: 'client-slide-race', mutations: [] },
    });
    expect(again.statusCode).toBe(200);
    expect(await lastSeen(ana)).toBe(s.clock.now().toISOString());
  });
});
