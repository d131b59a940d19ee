import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClientIdSchema } from '../../shared/index';
import { claimLines } from '../db/claims-repo';
import type { PartnerRewardsDb } from '../db/database';
import { freshDb } from '../db/test-support';
import { backoffDelay } from './backoff';
import { idempotencyKey, syncOnce } from './engine';
import { inRealmLock } from './lock';
import { SyncScheduler } from './scheduler';
import { NOW, RULES, storeLines } from './test-fixtures';
import { httpTransport, type SyncTransport } from './transport';

let db: PartnerRewardsDb;
afterEach(() => db.close());

async function queueClaims(n: number): Promise<void> {
  const rows = await storeLines(db, n);
  await claimLines(
    db,
    {
      lineKeys: rows.map((r) => r.key),
      program: 'spiff',
      repId: 'rep-1',
      now: NOW,
      today: '2026-06-01',
    },
    RULES,
  );
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('a sync run', () => {
  it('pushes in order, pulls to the end and acknowledges', async () => {
    ({ db } = freshDb());
    await queueClaims(3);
    const pushed: number[][] = [];
    const transport: SyncTransport = {
      push: async (request) => {
        pushed.push(request.mutations.map((m) => m.id));
        return {
          lastMutationId: request.mutations.at(-1)?.id ?? 0,
          results: request.mutations.map((m) => ({ id: m.id, status: 'applied' as const })),
        };
      },
      pull: async ({ cursor }) => ({
        cursor: cursor === '' ? '1.0' : '1.1',
        hasMore: cursor === '',
        lastMutationId: 3,
        rows: [],
      }),
    };
    const result = await syncOnce({ db, transport, now: () => new Date(NOW), pushBatch: 2 });
    expect(result).toEqual({ ok: true, pushed: 3, pulledRows: 0 });
    expect(pushed).toEqual([[1, 2], [3]]);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.syncState.get('cursor'))?.value).toBe('1.1');
    expect((await db.syncState.get('lastSuccessAt'))?.value).toBe(NOW);
    // A random client id the protocol accepts, made once per database.
    const clientId = (await db.syncState.get('clientId'))?.value;
    expect(ClientIdSchema.safeParse(clientId).success).toBe(true);
    expect(clientId).toMatch(/^app-[0-9a-f]{32}$/);
  });

  it('asks for the lines ahead with the first pull of a run, until the first sync has caught up', async () => {
    ({ db } = freshDb());
    const asked: (boolean | undefined)[] = [];
    const transport: SyncTransport = {
      push: async () => ({ lastMutationId: 0, results: [] }),
      pull: async ({ cursor, countLinesAhead }) => {
        asked.push(countLinesAhead);
        return {
          cursor: cursor === '' ? '1.0' : '1.1',
          hasMore: cursor === '',
          lastMutationId: 0,
          rows: [],
        };
      },
    };
    await syncOnce({ db, transport, now: () => new Date(NOW) });
    await syncOnce({ db, transport, now: () => new Date(NOW) });
    // Only the first page of the first run asks; the page after it and later runs do not.
    expect(asked).toEqual([true, undefined, false]);
    const seen: RequestInit[] = [];
    const http = httpTransport({
      baseUrl: 'https://sync.example',
      token: async () => 't',
      fetch: async (_url, init) => {
        if (init) seen.push(init);
        return json(200, {
          cursor: '',
          hasMore: false,
          lastMutationId: 0,
          rows: [],
          linesAhead: 7,
        });
      },
    });
    const answer = await http.pull({
      clientId: 'client-1234',
      cursor: '',
      limit: 10,
      countLinesAhead: true,
    });
    expect(answer.linesAhead).toBe(7);
    expect((seen[0]?.headers as Record<string, string>)['x-lines-ahead']).toBe('1');
    await http.pull({ clientId: 'client-1234', cursor: '', limit: 10 });
    expect((seen[1]?.headers as Record<string, string>)['x-lines-ahead']).toBeUndefined();
  });

  it('a 401 means signed out: the outbox stays as it was, the token is sent only as a header', async () => {
    ({ db } = freshDb());
    await queueClaims(2);
    const before = await db.outbox.toArray();
    const seen: RequestInit[] = [];
    const transport = httpTransport({
      baseUrl: 'https://sync.example',
      token: async () => 'secret-token',
      fetch: async (_url, init) => {
        if (init) seen.push(init);
        return json(401, { error: 'unauthorized', message: 'Sign in.' });
      },
    });
    const result = await syncOnce({ db, transport, now: () => new Date(NOW) });
    expect(result).toEqual({ ok: false, error: { kind: 'signedOut' } });
    expect(await db.outbox.toArray()).toEqual(before);
    expect((await db.syncState.get('lastError'))?.value).toEqual({ kind: 'signedOut' });
    expect((seen[0]?.headers as Record<string, string>).authorization).toBe('Bearer secret-token');
    expect(String(seen[0]?.body)).not.toContain('secret-token');
  });

  it('no server answer reads as unreachable; a refusal keeps the server’s words', async () => {
    ({ db } = freshDb());
    const offline = httpTransport({
      baseUrl: 'https://sync.example',
      token: async () => 't',
      fetch: async () => {
        throw new TypeError('Failed to fetch');
      },
    });
    expect(await syncOnce({ db, transport: offline, now: () => new Date(NOW) })).toEqual({
      ok: false,
      error: { kind: 'unreachable' },
    });
    const refusing = httpTransport({
      baseUrl: 'https://sync.example',
      token: async () => 't',
      fetch: async () =>
        json(403, { error: 'forbidden', message: 'This client id belongs to another user.' }),
    });
    expect(await syncOnce({ db, transport: refusing, now: () => new Date(NOW) })).toEqual({
      ok: false,
      error: {
        kind: 'refused',
        status: 403,
        code: 'forbidden',
        message: 'This client id belongs to another user.',
      },
    });
  });

  it('a 503 (the server busy, or its database away) reads as busy, not refused, and keeps the changes', async () => {
    ({ db } = freshDb());
    await queueClaims(2);
    for (const error of ['busy', 'unavailable']) {
      const busy = httpTransport({
        baseUrl: 'https://sync.example',
        token: async () => 't',
        fetch: async () => json(503, { error, message: 'Try again.' }),
      });
      expect(await syncOnce({ db, transport: busy, now: () => new Date(NOW) })).toEqual({
        ok: false,
        error: { kind: 'busy' },
      });
    }
    expect(await db.outbox.count()).toBe(2);
  });

  it('a demo database never talks to a server', async () => {
    ({ db } = freshDb());
    await queueClaims(2);
    await db.settings.put({ key: 'demoLoadedAt', value: NOW });
    const transport: SyncTransport = {
      push: vi.fn(async () => ({ lastMutationId: 0, results: [] })),
      pull: vi.fn(async () => ({ cursor: '', hasMore: false, lastMutationId: 0, rows: [] })),
    };
    expect(await syncOnce({ db, transport, now: () => new Date(NOW) })).toEqual({
      ok: false,
      error: { kind: 'demo' },
    });
    expect(transport.push).not.toHaveBeenCalled();
    expect(transport.pull).not.toHaveBeenCalled();
    expect(await db.outbox.count()).toBe(2);
  });

  it('the same mutations get the same idempotency key', () => {
    expect(idempotencyKey('app-1', [4, 5, 6])).toBe(idempotencyKey('app-1', [4, 5, 6]));
    expect(idempotencyKey('app-1', [4, 5, 6])).not.toBe(idempotencyKey('app-1', [4, 5]));
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter, never immediate, capped', () => {
    expect(backoffDelay(1, () => 0)).toBe(1_000);
    expect(backoffDelay(1, () => 1)).toBe(2_000);
    expect(backoffDelay(3, () => 0)).toBe(4_000);
    expect(backoffDelay(3, () => 0.5)).toBe(6_000);
    expect(backoffDelay(50, () => 1)).toBe(300_000);
    expect(backoffDelay(50, () => 0)).toBe(150_000);
  });
});

describe('the scheduler', () => {
  function harness(results: Array<Awaited<ReturnType<typeof syncOnce>>>) {
    const timers: { fn: () => void; ms: number }[] = [];
    let online: (() => void) | undefined;
    let running = 0;
    let maxRunning = 0;
    const run = vi.fn(async () => {
      running += 1;
      maxRunning = Math.max(maxRunning, running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      return results.shift() ?? { ok: true as const, pushed: 0, pulledRows: 0 };
    });
    const scheduler = new SyncScheduler({
      run,
      lock: inRealmLock,
      lockName: 'test-db',
      random: () => 0,
      setTimer: (fn, ms) => timers.push({ fn, ms }),
      clearTimer: () => {},
      onOnline: (fn) => {
        online = fn;
        return () => (online = undefined);
      },
      intervalMs: 60_000,
    });
    return { scheduler, run, timers, online: () => online?.(), maxRunning: () => maxRunning };
  }

  it('runs on start, once at a time, and again on the timer', async () => {
    const h = harness([]);
    h.scheduler.start();
    await Promise.all([h.scheduler.syncNow(), h.scheduler.trigger('online')]);
    // The triggers during the first run made exactly one more run, after it.
    await new Promise((r) => setTimeout(r, 30));
    expect(h.run).toHaveBeenCalledTimes(2);
    expect(h.maxRunning()).toBe(1);
    expect(h.timers.at(-1)?.ms).toBe(60_000);
    h.scheduler.stop();
  });

  it('backs off after failures, stops the timer when signed out, and runs when back online', async () => {
    const h = harness([
      { ok: false, error: { kind: 'unreachable' } },
      { ok: false, error: { kind: 'unreachable' } },
      { ok: false, error: { kind: 'signedOut' } },
    ]);
    h.scheduler.start();
    await new Promise((r) => setTimeout(r, 20));
    expect(h.timers.map((t) => t.ms)).toEqual([1_000]);
    h.timers[0]?.fn();
    await new Promise((r) => setTimeout(r, 20));
    expect(h.timers.map((t) => t.ms)).toEqual([1_000, 2_000]);
    h.timers[1]?.fn();
    await new Promise((r) => setTimeout(r, 20));
    expect(h.timers).toHaveLength(2);
    h.online();
    await new Promise((r) => setTimeout(r, 20));
    expect(h.run).toHaveBeenCalledTimes(4);
    h.scheduler.stop();
  });

  it('one run across windows: a held lock makes the other window skip', async () => {
    let release: () => void = () => {};
    const first = inRealmLock('db-x', () => new Promise<string>((r) => (release = () => r('ran'))));
    expect(await inRealmLock('db-x', async () => 'second')).toBe('busy');
    release();
    expect(await first).toBe('ran');
    expect(await inRealmLock('db-x', async () => 'third')).toBe('third');
  });
});

describe('the team', () => {
  it("stores the server's team with names and permissions, at most once an hour", async () => {
    ({ db } = freshDb());
    const { refreshTeam } = await import('./team');
    let calls = 0;
    const transport: SyncTransport = {
      push: async () => ({ lastMutationId: 0, results: [] }),
      pull: async () => ({ cursor: '', hasMore: false, lastMutationId: 0, rows: [] }),
      team: async () => {
        calls += 1;
        return {
          users: [
            {
              id: 'mgr',
              name: 'Maria',
              role: 'manager',
              partnerId: 'P',
              mayClaim: true,
              mayAcceptElevate: true,
            },
            {
              id: 'rep-a',
              name: 'Ana',
              role: 'rep',
              partnerId: 'P',
              mayClaim: false,
              mayAcceptElevate: false,
            },
          ],
        };
      },
    };
    const at = new Date(NOW);
    expect(await refreshTeam(db, transport, at)).toBe(true);
    expect(await db.users.orderBy('id').toArray()).toEqual([
      {
        id: 'mgr',
        name: 'Maria',
        role: 'manager',
        partnerId: 'P',
        canAcceptTargets: true,
        mayClaim: true,
      },
      {
        id: 'rep-a',
        name: 'Ana',
        role: 'rep',
        partnerId: 'P',
        canAcceptTargets: false,
        mayClaim: false,
      },
    ]);
    expect(await refreshTeam(db, transport, new Date(at.getTime() + 60_000))).toBe(false);
    expect(await refreshTeam(db, transport, new Date(at.getTime() + 2 * 3_600_000))).toBe(true);
    expect(calls).toBe(2);
  });
});
