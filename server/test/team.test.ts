import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, SERVER_TIMEOUT, auth, startServer, type TestServer } from './harness';

describe.each(BACKENDS)('GET /sync/team on $name', (backend) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(backend);
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  const team = async (username: string) => {
    const response = await s.app.inject({
      method: 'GET',
      url: '/sync/team',
      headers: auth(await s.login(username)),
    });
    expect(response.statusCode).toBe(200);
    return (response.json() as { users: { id: string; name: string }[] }).users.map((u) => u.id);
  };

  it('a rep gets itself, a manager itself and its reps, a partner admin its partner', async () => {
    expect(await team('ana')).toEqual(['rep-ana']);
    expect((await team('maria')).sort()).toEqual(['mgr-maria', 'rep-ana', 'rep-ben']);
    expect((await team('nw-admin')).sort()).toEqual(['mgr-maria', 'rep-ana', 'rep-ben']);
    // Another partner's people are never named.
    expect(await team('dana')).toEqual(['rep-dana']);
  });

  it('needs a session and a partner role', async () => {
    expect((await s.app.inject({ method: 'GET', url: '/sync/team' })).statusCode).toBe(401);
    const vendor = await s.app.inject({
      method: 'GET',
      url: '/sync/team',
      headers: auth(await s.login('vendor')),
    });
    expect(vendor.statusCode).toBe(403);
  });
});
