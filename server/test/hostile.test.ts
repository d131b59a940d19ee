import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorBodySchema, PushResponseSchema } from '../../shared/index';
import {
  BACKENDS,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  startServer,
  type TestServer,
  leapClaimArgs,
} from './harness';

const META = [
  `'; drop table claims; --`,
  `" or 1=1 --`,
  `\\'); select pg_sleep(1); --`,
  `$1`,
  `%_*`,
  `Robert'); DELETE FROM users;--`,
];

describe.each(BACKENDS)('hostile input on $name', (backend) => {
  let s: TestServer;
  let ana: string;
  let otherLine: string;
  beforeAll(async () => {
    s = await startServer(backend);
    ana = await s.login('ana');
    otherLine = (await claimableLines(s.db, 'P-2002'))[0]!.key;
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  const noStack = (body: string) => {
    expect(body).not.toMatch(/\.ts:\d+|at [A-Za-z.]+ \(|node_modules/);
    expect(ErrorBodySchema.safeParse(JSON.parse(body)).success).toBe(true);
  };
  const counts = async () =>
    (
      await s.db.query<{ c: string; m: string }>(
        `select (select count(*) from claims)::text as c, (select count(*) from mutation_results)::text as m`,
      )
    ).rows[0];

  it('malformed JSON is a 400 with an error body, never a stack trace', async () => {
    const r = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { ...auth(ana), 'content-type': 'application/json' },
      payload: '{"clientId": "abc',
    });
    expect(r.statusCode).toBe(400);
    noStack(r.body);
  });

  it('wrong types are a 400 naming the fields, and nothing is stored', async () => {
    const before = await counts();
    const r = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: { clientId: 42, mutations: [{ id: 'one', name: 7, args: {} }] },
    });
    expect(r.statusCode).toBe(400);
    noStack(r.body);
    const paths = (r.json() as { fields: { path: string }[] }).fields.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['clientId', 'mutations.0.id', 'mutations.0.name']),
    );
    expect(await counts()).toEqual(before);
    const login = await s.app.inject({
      method: 'POST',
      url: '/auth/login',
      payload: { username: ['ana'], password: { $ne: 1 } },
    });
    expect(login.statusCode).toBe(400);
  });

  it('a huge body is refused with 413 before it is parsed', async () => {
    const big = JSON.stringify({
      clientId: 'client-huge-1',
      mutations: [{ id: 1, name: 'x', args: { blob: 'a'.repeat(2 * 1024 * 1024) } }],
    });
    const r = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { ...auth(ana), 'content-type': 'application/json' },
      payload: big,
    });
    expect(r.statusCode).toBe(413);
    noStack(r.body);
  });

  it('SQL metacharacters in every string field are data, not SQL', async () => {
    for (const [i, meta] of META.entries()) {
      const login = await s.app.inject({
        method: 'POST',
        url: '/auth/login',
        payload: { username: meta, password: meta },
        remoteAddress: `10.9.0.${i}`,
      });
      expect(login.statusCode).toBe(401);
      const r = await s.app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(ana),
        payload: {
          clientId: `client-meta-${i}`,
          mutations: [
            { id: 1, name: meta, args: {} },
            {
              id: 2,
              name: 'claim.create',
              args: {
                claimId: meta,
                lineKey: meta,
                program: 'spiff',
                repId: 'rep-ana',
                amount: 0,
                unit: 'USD',
                ruleVersion: meta,
                nominatedCustomerName: meta,
              },
            },
            { id: 3, name: 'claim.withdraw', args: { claimId: meta } },
            {
              id: 4,
              name: 'leap.activity',
              args: {
                id: meta,
                userId: 'rep-ana',
                kind: 'course',
                title: meta,
                completedOn: '2026-12-01',
                points: 1,
              },
            },
          ],
        },
      });
      expect(r.statusCode).toBe(200);
      const results = PushResponseSchema.parse(r.json()).results.map((x) =>
        x.status === 'rejected' ? x.code : x.status,
      );
      expect(results).toEqual(['unknown_mutation', 'line_not_found', 'claim_not_found', 'applied']);
      const pull = await s.app.inject({
        method: 'GET',
        url: `/sync/pull?clientId=client-meta-${i}&cursor=${encodeURIComponent(meta)}`,
        headers: auth(ana),
      });
      expect(pull.statusCode).toBe(400);
      const admin = await s.app.inject({
        method: 'PATCH',
        url: `/admin/users/${encodeURIComponent(meta)}`,
        headers: auth(await s.login('nw-admin')),
        payload: {},
      });
      expect(admin.statusCode).toBe(404);
      // The vendor's Elevate target for a partner id that is SQL: refused as unknown, not run.
      const target = await s.app.inject({
        method: 'POST',
        url: '/vendor/elevate-targets',
        headers: auth(await s.login('vendor')),
        payload: { targets: [{ partnerId: meta, quarter: 'FY2027-Q1', targetCents: 100 }] },
      });
      expect(target.json().outcomes).toEqual([
        { partnerId: meta, quarter: 'FY2027-Q1', ok: false, error: 'no such partner' },
      ]);
    }
    const tables = await s.db.query(`select 1 from claims limit 1`);
    expect(tables.rowCount).toBeGreaterThanOrEqual(0);
    expect((await s.db.query(`select count(*)::int as n from users`)).rows[0]).toEqual({ n: 7 });
  }, 120_000);

  it('a push led by claims with hostile line keys refuses each of those alone and applies the rest', async () => {
    const [line] = await claimableLines(s.db, 'P-1001');
    const keys = ['line\u0000nul', 'line\u0001soh', ...META];
    const r = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: {
        clientId: 'client-hostile-keys',
        mutations: [
          ...keys.map((key, i) => ({
            id: i + 1,
            name: 'claim.create',
            args: leapClaimArgs(`hostile-key-${i}`, key),
          })),
          {
            id: keys.length + 1,
            name: 'claim.create',
            args: leapClaimArgs('hostile-key-ok', line!.key),
          },
        ],
      },
    });
    expect(r.statusCode).toBe(200);
    const results = PushResponseSchema.parse(r.json()).results.map((x) =>
      x.status === 'rejected' ? x.code : x.status,
    );
    expect(results).toEqual([
      'invalid_args',
      'invalid_args',
      ...META.map(() => 'line_not_found'),
      'applied',
    ]);
    const stored = await s.db.query(`select id from claims where id like 'hostile-key-%'`);
    expect(stored.rows).toEqual([{ id: 'hostile-key-ok' }]);
  });

  it('text PostgreSQL cannot store is one mutation refused, not a push that fails on every retry', async () => {
    const [line, other] = await claimableLines(s.db, 'P-1001');
    const push = (clientId: string, mutations: unknown[]) =>
      s.app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(ana),
        payload: { clientId, mutations },
      });
    const r = await push('client-unstorable', [
      {
        id: 1,
        name: 'claim.create',
        args: { ...leapClaimArgs('unstorable-1', line!.key), nominatedCustomerName: 'a\u0000b' },
      },
      {
        id: 2,
        name: 'leap.activity',
        args: {
          id: 'unstorable-act',
          userId: 'rep-ana',
          kind: 'course',
          title: 'half \ud800 a pair',
          completedOn: '2026-12-01',
          points: 1,
        },
      },
      { id: 3, name: 'claim.create', args: leapClaimArgs('unstorable-ok', other!.key) },
    ]);
    expect(r.statusCode).toBe(200);
    expect(
      PushResponseSchema.parse(r.json()).results.map((x) =>
        x.status === 'rejected' ? x.code : x.status,
      ),
    ).toEqual(['invalid_args', 'invalid_args', 'applied']);
    // A mutation's name is the request's own shape: a 400, as any malformed request.
    const named = await push('client-unstorable-2', [{ id: 1, name: 'x\u0000y', args: {} }]);
    expect(named.statusCode).toBe(400);
  });

  it('another partner’s ids in every id field are refused without telling whether they exist', async () => {
    const dana = await s.login('dana');
    await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(dana),
      payload: {
        clientId: 'client-dana-h',
        mutations: [
          {
            id: 1,
            name: 'claim.create',
            args: {
              claimId: 'dana-claim',
              lineKey: otherLine,
              program: 'leap',
              repId: 'rep-dana',
              amount: 0,
              unit: 'points',
              ruleVersion: 'x',
            },
          },
        ],
      },
    });
    const r = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: {
        clientId: 'client-ana-h',
        mutations: [
          {
            id: 1,
            name: 'claim.create',
            args: leapClaimArgs('h-1', otherLine),
          },
          {
            id: 2,
            name: 'claim.create',
            args: {
              claimId: 'h-2',
              lineKey: otherLine,
              program: 'leap',
              repId: 'rep-dana',
              amount: 0,
              unit: 'points',
              ruleVersion: 'x',
            },
          },
          { id: 3, name: 'claim.withdraw', args: { claimId: 'dana-claim' } },
          {
            id: 4,
            name: 'elevate.accept',
            args: {
              id: 'P-2002|FY2026-Q3',
              partnerId: 'P-2002',
              quarter: 'FY2026-Q3',
              targetCents: 1,
              acceptedOn: '2026-12-01',
              level: 'top',
              acceptedBy: 'rep-dana',
              ruleVersion: 'x',
            },
          },
          {
            id: 5,
            name: 'leap.activity',
            args: {
              id: 'h-5',
              userId: 'rep-dana',
              kind: 'course',
              title: 't',
              completedOn: '2026-12-01',
              points: 1,
            },
          },
          {
            id: 6,
            name: 'leap.redeem',
            args: {
              id: 'h-6',
              userId: 'rep-dana',
              rewardId: 'r',
              points: 1,
              requestedOn: '2026-12-01',
              status: 'requested',
            },
          },
          {
            id: 7,
            name: 'claim.create',
            args: {
              claimId: 'dana-claim',
              lineKey: otherLine,
              program: 'spiff',
              repId: 'rep-ana',
              amount: 0,
              unit: 'USD',
              ruleVersion: 'x',
            },
          },
        ],
      },
    });
    const codes = PushResponseSchema.parse(r.json()).results.map((x) =>
      x.status === 'rejected' ? x.code : x.status,
    );
    expect(codes).toEqual([
      'line_not_found',
      'not_permitted',
      'claim_not_found',
      'not_permitted',
      'not_permitted',
      'not_permitted',
      'line_not_found',
    ]);
    const status = await s.db.query<{ status: string }>(
      `select status from claims where id = 'dana-claim'`,
    );
    expect(status.rows[0]?.status).toBe('submitted');
    const users = await s.app.inject({
      method: 'GET',
      url: '/admin/users?partnerId=P-2002',
      headers: auth(await s.login('nw-admin')),
    });
    expect(users.statusCode).toBe(403);
  });

  it('CORS answers only the app’s own origins', async () => {
    const ok = await s.app.inject({
      method: 'OPTIONS',
      url: '/sync/pull',
      headers: { origin: 'app://partner-rewards', 'access-control-request-method': 'GET' },
    });
    expect(ok.headers['access-control-allow-origin']).toBe('app://partner-rewards');
    const evil = await s.app.inject({
      method: 'OPTIONS',
      url: '/sync/pull',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(evil.headers['access-control-allow-origin']).toBeUndefined();
  });
});
