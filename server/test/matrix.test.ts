import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponseSchema, PullResponseSchema, SPIFF_2017 } from '../../shared/index';
import {
  BACKENDS,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  startServer,
  type TestServer,
} from './harness';

/**
 * Role × resource × tenant: every cell one case. "own" is the acting user's partner (P-1001; for
 * the vendor admin simply P-1001), "other" is P-2002. Outcomes: allowed, denied (403 or the
 * mutation refused as not permitted), unseen (filtered out or "not found": no existence leak).
 */
type Role = 'rep' | 'manager' | 'partner_admin' | 'vendor_admin';
type Tenant = 'own' | 'other';
type Outcome = 'allowed' | 'denied' | 'unseen';
const USER: Record<Role, string> = {
  rep: 'ana',
  manager: 'maria',
  partner_admin: 'nw-admin',
  vendor_admin: 'vendor',
};
const PARTNER: Record<Tenant, string> = { own: 'P-1001', other: 'P-2002' };

interface Ctx {
  s: TestServer;
  token: string;
  role: Role;
  tenant: Tenant;
  n: number;
  lines: Record<Tenant, string[]>;
}

let counter = 0;
const clientId = () => `matrix-client-${++counter}`;

async function pullRows(c: Ctx) {
  const r = await c.s.app.inject({
    method: 'GET',
    url: `/sync/pull?clientId=${clientId()}&limit=1000`,
    headers: auth(c.token),
  });
  if (r.statusCode !== 200) return null;
  return PullResponseSchema.parse(r.json()).rows;
}
async function pushOne(c: Ctx, name: string, args: unknown): Promise<Outcome> {
  const r = await c.s.app.inject({
    method: 'POST',
    url: '/sync/push',
    headers: auth(c.token),
    payload: { clientId: clientId(), mutations: [{ id: 1, name, args }] },
  });
  if (r.statusCode === 403) return 'denied';
  const result = PushResponseSchema.parse(r.json()).results[0];
  if (result?.status === 'applied') return 'allowed';
  if (result?.status === 'rejected' && result.code === 'not_permitted') return 'denied';
  if (
    result?.status === 'rejected' &&
    (result.code === 'line_not_found' || result.code === 'claim_not_found')
  )
    return 'unseen';
  throw new Error(`unexpected ${JSON.stringify(result)}`);
}
const http = (status: number): Outcome =>
  status < 300
    ? 'allowed'
    : status === 404
      ? 'unseen'
      : status === 403
        ? 'denied'
        : (() => {
            throw new Error(`status ${status}`);
          })();

const RESOURCES: Record<string, (c: Ctx) => Promise<Outcome>> = {
  'invoice lines (pull)': async (c) => {
    const rows = await pullRows(c);
    if (!rows) return 'denied';
    return rows.some(
      (r) => r.kind === 'invoiceLine' && !r.deleted && r.data.partnerId === PARTNER[c.tenant],
    )
      ? 'allowed'
      : 'unseen';
  },
  'another rep’s claim (pull)': async (c) => {
    const rows = await pullRows(c);
    if (!rows) return 'denied';
    return rows.some((r) => r.kind === 'claim' && r.id === `seed-${c.tenant}`)
      ? 'allowed'
      : 'unseen';
  },
  'claim a line (push)': (c) =>
    pushOne(c, 'claim.create', {
      claimId: `m-${c.role}-${c.tenant}`,
      lineKey: c.lines[c.tenant][c.n]!,
      program: 'ncb',
      repId: `${c.role === 'rep' ? 'rep-ana' : c.role === 'manager' ? 'mgr-maria' : c.role === 'partner_admin' ? 'admin-nw' : 'vendor-admin'}`,
      amount: 0,
      unit: 'USD',
      ruleVersion: 'x',
    }),
  'withdraw another rep’s claim (push)': (c) =>
    pushOne(c, 'claim.withdraw', { claimId: `seed-${c.tenant}` }),
  'accept the Elevate target (push)': (c) =>
    pushOne(c, 'elevate.accept', {
      id: `${PARTNER[c.tenant]}|FY2026-Q3`,
      partnerId: PARTNER[c.tenant],
      quarter: 'FY2026-Q3',
      targetCents: 500_000,
      acceptedOn: '2026-12-01',
      level: 'closed',
      acceptedBy:
        c.role === 'manager'
          ? 'mgr-maria'
          : c.role === 'rep'
            ? 'rep-ana'
            : c.role === 'partner_admin'
              ? 'admin-nw'
              : 'vendor-admin',
      ruleVersion: 'x',
    }),
  'list users (admin)': async (c) =>
    http(
      (
        await c.s.app.inject({
          method: 'GET',
          url: `/admin/users?partnerId=${PARTNER[c.tenant]}`,
          headers: auth(c.token),
        })
      ).statusCode,
    ),
  'change a user’s permissions (admin)': async (c) =>
    http(
      (
        await c.s.app.inject({
          method: 'PATCH',
          url: `/admin/users/${c.tenant === 'own' ? 'rep-ben' : 'rep-dana'}`,
          headers: auth(c.token),
          payload: { mayClaim: true },
        })
      ).statusCode,
    ),
  'ingest a distributor feed (vendor)': async (c) =>
    http(
      (
        await c.s.app.inject({
          method: 'POST',
          url: '/vendor/ingest?fileName=m.csv',
          headers: { ...auth(c.token), 'content-type': 'text/csv' },
          payload: `Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer\nTD SYNNEX,${c.tenant === 'own' ? 'P-1001' : 'R-2002'},MX-${c.role},1,2026-11-02,21MA0033US,1,100.00,USD,X\n`,
        })
      ).statusCode,
    ),
  'decide a claim (vendor)': async (c) =>
    http(
      (
        await c.s.app.inject({
          method: 'POST',
          url: '/vendor/decisions',
          headers: auth(c.token),
          payload: {
            decisions: [{ claimId: `seed-${c.tenant}`, decision: 'rejected', reason: 'matrix' }],
          },
        })
      ).statusCode,
    ),
  'set an Elevate target (vendor)': async (c) =>
    http(
      (
        await c.s.app.inject({
          method: 'POST',
          url: '/vendor/elevate-targets',
          headers: auth(c.token),
          // A quarter no other cell accepts, so the target can be set (or refused) in every cell.
          payload: {
            targets: [{ partnerId: PARTNER[c.tenant], quarter: 'FY2027-Q2', targetCents: 1_000 }],
          },
        })
      ).statusCode,
    ),
  'publish a rule version (vendor)': async (c) =>
    http(
      (
        await c.s.app.inject({
          method: 'POST',
          url: '/vendor/rule-versions',
          headers: auth(c.token),
          payload: {
            ...SPIFF_2017,
            version: `spiff-m-${c.role}-${c.tenant}`,
            effectiveFrom: '2030-01-01',
          },
        })
      ).statusCode,
    ),
};

// rep, manager, partner_admin, vendor_admin × own, other
const EXPECTED: Record<string, Record<Role, [Outcome, Outcome]>> = {
  'invoice lines (pull)': {
    rep: ['allowed', 'unseen'],
    manager: ['allowed', 'unseen'],
    partner_admin: ['allowed', 'unseen'],
    vendor_admin: ['unseen', 'unseen'],
  },
  'another rep’s claim (pull)': {
    rep: ['unseen', 'unseen'],
    manager: ['allowed', 'unseen'],
    partner_admin: ['allowed', 'unseen'],
    vendor_admin: ['unseen', 'unseen'],
  },
  'claim a line (push)': {
    rep: ['allowed', 'unseen'],
    manager: ['allowed', 'unseen'],
    partner_admin: ['denied', 'denied'],
    vendor_admin: ['denied', 'denied'],
  },
  'withdraw another rep’s claim (push)': {
    rep: ['unseen', 'unseen'],
    manager: ['unseen', 'unseen'],
    partner_admin: ['unseen', 'unseen'],
    vendor_admin: ['denied', 'denied'],
  },
  'accept the Elevate target (push)': {
    rep: ['denied', 'denied'],
    manager: ['allowed', 'denied'],
    partner_admin: ['denied', 'denied'],
    vendor_admin: ['denied', 'denied'],
  },
  'list users (admin)': {
    rep: ['denied', 'denied'],
    manager: ['denied', 'denied'],
    partner_admin: ['allowed', 'denied'],
    vendor_admin: ['allowed', 'allowed'],
  },
  'change a user’s permissions (admin)': {
    rep: ['denied', 'denied'],
    manager: ['denied', 'denied'],
    partner_admin: ['allowed', 'unseen'],
    vendor_admin: ['allowed', 'allowed'],
  },
  'ingest a distributor feed (vendor)': {
    rep: ['denied', 'denied'],
    manager: ['denied', 'denied'],
    partner_admin: ['denied', 'denied'],
    vendor_admin: ['allowed', 'allowed'],
  },
  'decide a claim (vendor)': {
    rep: ['denied', 'denied'],
    manager: ['denied', 'denied'],
    partner_admin: ['denied', 'denied'],
    vendor_admin: ['allowed', 'allowed'],
  },
  'set an Elevate target (vendor)': {
    rep: ['denied', 'denied'],
    manager: ['denied', 'denied'],
    partner_admin: ['denied', 'denied'],
    vendor_admin: ['allowed', 'allowed'],
  },
  'publish a rule version (vendor)': {
    rep: ['denied', 'denied'],
    manager: ['denied', 'denied'],
    partner_admin: ['denied', 'denied'],
    vendor_admin: ['allowed', 'allowed'],
  },
};

const ROLES: Role[] = ['rep', 'manager', 'partner_admin', 'vendor_admin'];
const TENANTS: Tenant[] = ['own', 'other'];
const CELLS = Object.keys(RESOURCES).flatMap((resource) =>
  ROLES.flatMap((role, r) =>
    TENANTS.map((tenant, t) => ({
      resource,
      role,
      tenant,
      n: r * 2 + t,
      expected: EXPECTED[resource]![role][t === 0 ? 0 : 1],
    })),
  ),
);

describe.each(BACKENDS)('role × resource × tenant on $name', (backend) => {
  let s: TestServer;
  const tokens = {} as Record<Role, string>;
  const lines = {} as Record<Tenant, string[]>;
  beforeAll(async () => {
    s = await startServer(backend);
    for (const role of ROLES) tokens[role] = await s.login(USER[role]);
    lines.own = (await claimableLines(s.db, 'P-1001')).map((l) => l.key);
    lines.other = (await claimableLines(s.db, 'P-2002')).map((l) => l.key);
    // One claim per partner by a rep who is not the actor: ben (Maria's rep) and dana.
    for (const [user, tenant, repId] of [
      ['ben', 'own', 'rep-ben'],
      ['dana', 'other', 'rep-dana'],
    ] as const) {
      const r = await s.app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(await s.login(user)),
        payload: {
          clientId: `seed-client-${user}`,
          mutations: [
            {
              id: 1,
              name: 'claim.create',
              args: {
                claimId: `seed-${tenant}`,
                lineKey: lines[tenant].at(-1),
                program: 'leap',
                repId,
                amount: 0,
                unit: 'USD',
                ruleVersion: 'x',
              },
            },
          ],
        },
      });
      expect(PushResponseSchema.parse(r.json()).results[0]?.status).toBe('applied');
    }
    expect(Math.min(lines.own.length, lines.other.length)).toBeGreaterThan(8);
    expect(SPIFF_2017.program).toBe('spiff');
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  it.each(CELLS)(
    '$resource · $role · $tenant partner → $expected',
    async ({ resource, role, tenant, n, expected }) => {
      const outcome = await RESOURCES[resource]!({
        s,
        token: tokens[role],
        role,
        tenant,
        n,
        lines,
      });
      expect(outcome).toBe(expected);
    },
  );
});
