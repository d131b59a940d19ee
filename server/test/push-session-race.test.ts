import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DATABASE_URL,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  appHeldAfter,
  latestSpiffRule,
  startPostgresServer,
  type TestServer,
  waitsForLock,
  spiffClaimArgs,
} from './harness';

/**
 * A push checks its session inside its transaction, but slides the session's idle expiry after
 * it: holding the session's row to COMMIT, a push that waits for the rep's row deadlocked with an
 * admin disabling that rep (who holds the rep's row, then deletes the rep's sessions).
 * PostgreSQL only: PGlite has one connection, so its transactions never overlap.
 */
describe.skipIf(!DATABASE_URL)('a push and an admin disabling its rep at once', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startPostgresServer();
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  it('neither deadlocks: the push waits for the admin, both are answered, the sessions end', async () => {
    const ben = await s.login('ben');
    const admin = await s.login('nw-admin');
    const rule = await latestSpiffRule(s.db);
    const [line] = (await claimableLines(s.db, 'P-1001')).filter(
      (l) => (rule.perUnitCents[l.family] ?? 0) > 0,
    );
    // Ben's session is due its once-a-minute slide.
    s.clock.advance(2 * 60_000);
    // The admin has locked Ben's user row (disabled, uncommitted); its sessions go next.
    const {
      app: adminApp,
      held: locked,
      release,
    } = await appHeldAfter(s, (sql) => sql.includes('update users set disabled'));
    const disabling = adminApp.inject({
      method: 'PATCH',
      url: '/admin/users/rep-ben',
      headers: auth(admin),
      payload: { disabled: true },
    });
    await locked;
    // Ben's SPIFF push checks his session (still valid) and waits for his user row.
    const pushing = s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ben),
      payload: {
        clientId: 'client-ben-race',
        mutations: [
          {
            id: 1,
            name: 'claim.create',
            args: spiffClaimArgs('session-race-1', line!.key),
          },
        ],
      },
    });
    const waiting = await waitsForLock(s.db, '%push_open(%');
    expect(waiting).toBe(true);
    release();
    const [pushed, disabled] = await Promise.all([pushing, disabling]);
    await adminApp.close();
    expect(disabled.statusCode).toBe(200);
    // The push's session was valid when it was checked: it is decided, not failed.
    expect(pushed.statusCode).toBe(200);
    const sessions = await s.db.query(`select 1 from sessions where user_id = 'rep-ben'`);
    expect(sessions.rowCount).toBe(0);
    await s.app.inject({
      method: 'PATCH',
      url: '/admin/users/rep-ben',
      headers: auth(admin),
      payload: { disabled: false },
    });
  });
});
