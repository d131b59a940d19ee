import { describe, expect, it } from 'vitest';
import { backupFileName, signIn, testConnection, validateServerUrl } from './server';

describe('validateServerUrl', () => {
  it.each([
    ['https://sync.example.com/', 'https://sync.example.com'],
    ['  http://10.0.0.5:8080/api/ ', 'http://10.0.0.5:8080/api'],
  ])('accepts %j', (text, url) => {
    expect(validateServerUrl(text)).toEqual({ ok: true, url });
  });

  it.each([
    ['', 'empty'],
    ['not a url', 'notUrl'],
    ['ftp://example.com', 'protocol'],
    ['javascript:alert(1)', 'protocol'],
    ['https://user:pw@example.com', 'credentials'],
  ])('refuses %j (%s)', (text, error) => {
    expect(validateServerUrl(text)).toEqual({ ok: false, error });
  });
});

describe('server calls', () => {
  it('reports a reachable server and an HTTP error honestly', async () => {
    expect(await testConnection('https://s', async () => new Response('ok'))).toEqual({
      kind: 'ok',
      status: 200,
    });
    expect(
      await testConnection('https://s', async () => new Response('', { status: 503 })),
    ).toEqual({
      kind: 'http',
      status: 503,
    });
  });

  it('reports an unreachable server and a timeout', async () => {
    expect(
      await testConnection('https://s', async () =>
        Promise.reject(new TypeError('Failed to fetch')),
      ),
    ).toEqual({
      kind: 'unreachable',
    });
    const hang = (_: string, init?: RequestInit) =>
      new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('aborted', 'AbortError')),
        ),
      );
    expect(await testConnection('https://s', hang, 10)).toEqual({ kind: 'timeout' });
  });

  it('signs in only with a token in the answer', async () => {
    const calls: string[] = [];
    const ok = await signIn('https://s', { username: 'ana', password: 'pw' }, async (url) => {
      calls.push(url);
      return Response.json({ token: 'abc' });
    });
    expect(calls).toEqual(['https://s/auth/login']);
    expect(ok).toEqual({ kind: 'ok', status: 200, token: 'abc' });
    expect(
      await signIn('https://s', { username: 'a', password: 'b' }, async () => Response.json({})),
    ).toEqual({
      kind: 'badResponse',
    });
    expect(
      await signIn(
        'https://s',
        { username: 'a', password: 'b' },
        async () => new Response('', { status: 401 }),
      ),
    ).toEqual({ kind: 'http', status: 401 });
  });

  it('names backups with the date', () => {
    expect(backupFileName('2026-11-25T12:00:00.000Z')).toBe(
      'partner-rewards-backup-2026-11-25-1200.json',
    );
  });
});
