import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../src/auth/password';
import {
  BACKENDS,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  leapClaimArgs,
  passwordOf,
  startServer,
  type TestServer,
} from './harness';

describe('passwords', () => {
  it('hashes with scrypt and a salt, verifies in constant time, refuses the wrong password', async () => {
    const a = await hashPassword('correct horse battery');
    const b = await hashPassword('correct horse battery');
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });
});

describe.each(BACKENDS)('sign-in and sessions on $name', (backend) => {
  let s: TestServer;
  const logLines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        logLines.push(chunk.toString());
        done();
      },
    });
    s = await startServer(backend, { logger: { level: 'info', stream } as never });
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    s.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username, password },
      remoteAddress: ip,
    });
  const me = (token: string) => s.app.inject({ method: 'GET', url: '/me', headers: auth(token) });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await login('nobody', 'whatever-password');
    const wrong = await login('ben', 'whatever-password');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json()).toEqual(wrong.json());
  });

  it('stores only a hash of the 256-bit token; the token authenticates until logout', async () => {
    const response = await login('ana', passwordOf('ana'));
    expect(response.statusCode).toBe(200);
    const { token, user } = response.json() as {
      token: string;
      user: { id: string; role: string };
    };
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(user).toMatchObject({ id: 'rep-ana', role: 'rep' });
    const stored = await s.db.query<{ token_hash: string }>(
      `select token_hash from sessions where user_id = 'rep-ana'`,
    );
    expect(stored.rows.map((r) => r.token_hash)).not.toContain(token);
    expect((await me(token)).statusCode).toBe(200);
    expect(
      (await s.app.inject({ method: 'POST', url: '/auth/logout', headers: auth(token) }))
        .statusCode,
    ).toBe(204);
    expect((await me(token)).statusCode).toBe(401);
  });

  it('ends a session after the idle timeout, and after the absolute one even when used', async () => {
    const idle = await s.login('maria');
    s.clock.advance(8 * 3600_000 + 1);
    expect((await me(idle)).statusCode).toBe(401);
    const busy = await s.login('maria');
    for (let h = 0; h < 14 * 24; h += 6) {
      s.clock.advance(6 * 3600_000);
      if (h + 6 < 14 * 24) expect((await me(busy)).statusCode).toBe(200);
    }
    expect((await me(busy)).statusCode).toBe(401);
  });

  it('a push checks its session in its own first message: refused, it binds nothing', async () => {
    const [line] = await claimableLines(s.db, 'P-1001');
    const pushAs = (token: string, clientId: string, payload?: unknown) =>
      s.app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(token),
        payload: payload ?? {
          clientId,
          mutations: [
            { id: 1, name: 'claim.create', args: leapClaimArgs(`${clientId}-c`, line!.key) },
          ],
        },
      });
    const bound = async (clientId: string) =>
      (await s.db.query('select 1 from clients where client_id = $1', [clientId])).rowCount;
    const ana = await s.login('ana');
    // Pushing is using the session: it slides the idle expiry (8 hours) like any request.
    s.clock.advance(7 * 3600_000);
    expect((await pushAs(ana, 'client-auth-push-1')).statusCode).toBe(200);
    s.clock.advance(7 * 3600_000);
    expect((await pushAs(ana, 'client-auth-push-1')).statusCode).toBe(200);
    s.clock.advance(8 * 3600_000 + 1);
    expect((await pushAs(ana, 'client-auth-push-2')).statusCode).toBe(401);
    expect(await bound('client-auth-push-2')).toBe(0);
    // A token no session has, a disabled user's, and a role that does not push.
    expect((await pushAs('x'.repeat(43), 'client-auth-push-3')).statusCode).toBe(401);
    const ben = await s.login('ben');
    const admin = await s.login('nw-admin');
    const disable = (disabled: boolean) =>
      s.app.inject({
        method: 'PATCH',
        url: '/admin/users/rep-ben',
        headers: auth(admin),
        payload: { disabled },
      });
    expect((await disable(true)).statusCode).toBe(200);
    expect((await pushAs(ben, 'client-auth-push-4')).statusCode).toBe(401);
    expect((await disable(false)).statusCode).toBe(200);
    const vendor = await s.login('vendor');
    expect((await pushAs(vendor, 'client-auth-push-5')).statusCode).toBe(403);
    for (const id of ['client-auth-push-3', 'client-auth-push-4', 'client-auth-push-5'])
      expect(await bound(id)).toBe(0);
    // A malformed body: a stranger is told to sign in, a signed-in user what is wrong.
    const bad = { clientId: 'x', mutations: 'none' };
    expect((await pushAs('x'.repeat(43), '', bad)).statusCode).toBe(401);
    const fresh = await s.login('ana');
    const refused = await pushAs(fresh, '', bad);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'invalid_request' });
  });

  it('disabling a user ends its sessions at once and refuses new ones', async () => {
    const token = await s.login('ben');
    const admin = await s.login('nw-admin');
    const patch = await s.app.inject({
      method: 'PATCH',
      url: '/admin/users/rep-ben',
      headers: auth(admin),
      payload: { disabled: true },
    });
    expect(patch.statusCode).toBe(200);
    expect((await me(token)).statusCode).toBe(401);
    expect((await login('ben', passwordOf('ben'), '10.0.0.9')).statusCode).toBe(401);
    await s.app.inject({
      method: 'PATCH',
      url: '/admin/users/rep-ben',
      headers: auth(admin),
      payload: { disabled: false },
    });
  });

  it('limits failed logins per account (state in the database), even with the right password after', async () => {
    for (let i = 0; i < 5; i += 1)
      expect((await login('dana', `wrong-${i}`, `10.1.0.${i}`)).statusCode).toBe(401);
    expect((await login('dana', passwordOf('dana'), '10.1.0.99')).statusCode).toBe(401);
    const rows = await s.db.query<{ failures: number }>(
      `select failures from login_attempts where key = 'account:dana'`,
    );
    expect(rows.rows[0]?.failures).toBe(5);
    s.clock.advance(15 * 60_000 + 1);
    expect((await login('dana', passwordOf('dana'), '10.1.0.99')).statusCode).toBe(200);
  });

  it('limits failed logins per address across accounts', async () => {
    for (let i = 0; i < 30; i += 1) await login(`ghost-${i}`, 'nope-nope-nope', '10.2.0.1');
    expect((await login('co-admin', passwordOf('co-admin'), '10.2.0.1')).statusCode).toBe(401);
    expect((await login('co-admin', passwordOf('co-admin'), '10.2.0.2')).statusCode).toBe(200);
  }, 60_000);

  it('never logs passwords or tokens', async () => {
    const token = await s.login('ana');
    await me(token);
    await login('ana', 'a-wrong-password-xyz');
    const all = logLines.join('');
    expect(all.length).toBeGreaterThan(0);
    expect(all).not.toContain(token);
    expect(all).not.toContain(passwordOf('ana'));
    expect(all).not.toContain('a-wrong-password-xyz');
  });
});
