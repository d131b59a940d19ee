import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PullResponseSchema, PushResponseSchema, type PullResponse } from '../../shared/index';
import {
  BACKENDS,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  latestSpiffRule,
  leapClaimArgs,
  startServer,
  type TestServer,
} from './harness';
import { CLAIM_COLUMNS, claimFeedRow, type ClaimDbRow } from '../src/sync/rows';

describe.each(BACKENDS)('push and pull on $name', (backend) => {
  let s: TestServer;
  let ana: string;
  let ben: string;
  let maria: string;
  let dana: string;
  let lines: { key: string; family: string }[];
  beforeAll(async () => {
    s = await startServer(backend);
    [ana, ben, maria, dana] = (await Promise.all(
      ['ana', 'ben', 'maria', 'dana'].map((u) => s.login(u)),
    )) as [string, string, string, string];
    lines = (await claimableLines(s.db, 'P-1001')).filter((l) => l.family !== 'peripheral');
    expect(lines.length).toBeGreaterThan(6);
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  // With the client's guess of the rule version, which the server must not store.
  const claimArgs = (claimId: string, lineKey: string, repId = 'rep-ana') => ({
    ...leapClaimArgs(claimId, lineKey, repId),
    ruleVersion: 'client-guess',
  });
  const pushAs = (
    token: string,
    clientId: string,
    mutations: unknown[],
    headers: Record<string, string> = {},
  ) =>
    s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: { ...auth(token), ...headers },
      payload: { clientId, mutations },
    });
  const pullAll = async (
    token: string,
    clientId: string,
    limit = 1000,
  ): Promise<PullResponse & { pages: number }> => {
    let cursor = '';
    const rows: PullResponse['rows'] = [];
    let pages = 0;
    let last: PullResponse | undefined;
    for (;;) {
      const r = await s.app.inject({
        method: 'GET',
        url: `/sync/pull?clientId=${clientId}&limit=${limit}&cursor=${cursor}`,
        headers: auth(token),
      });
      expect(r.statusCode).toBe(200);
      last = PullResponseSchema.parse(r.json());
      rows.push(...last.rows);
      cursor = last.cursor;
      pages += 1;
      if (!last.hasMore) break;
    }
    return { ...last, rows, pages };
  };

  it('applies a claim in one transaction with lastMutationId; the rep and its manager pull it, nobody else', async () => {
    const response = await pushAs(ana, 'client-ana-1', [
      { id: 1, name: 'claim.create', args: claimArgs('c-1', lines[0]!.key) },
    ]);
    expect(response.statusCode).toBe(200);
    expect(PushResponseSchema.parse(response.json())).toEqual({
      lastMutationId: 1,
      results: [{ id: 1, status: 'applied' }],
    });
    const mine = await pullAll(ana, 'client-ana-1');
    expect(mine.lastMutationId).toBe(1);
    const claim = mine.rows.find((r) => r.kind === 'claim' && r.id === 'c-1');
    expect(claim?.deleted === false && claim.data.status).toBe('submitted');
    // The server recomputes the value with the shared rules; the client's guess is not stored.
    expect(claim?.deleted === false && claim.data.ruleVersion).not.toBe('client-guess');
    expect((await pullAll(maria, 'client-maria-1')).rows.some((r) => r.id === 'c-1')).toBe(true);
    expect((await pullAll(ben, 'client-ben-1')).rows.some((r) => r.id === 'c-1')).toBe(false);
    const other = await pullAll(dana, 'client-dana-1');
    expect(
      other.rows.some(
        (r) =>
          r.kind === 'claim' ||
          (r.kind === 'invoiceLine' && !r.deleted && r.data.partnerId !== 'P-2002'),
      ),
    ).toBe(false);
    expect(other.rows.some((r) => r.kind === 'invoiceLine')).toBe(true);
  });

  it('a replayed mutation id is a no-op that answers as the first time', async () => {
    const again = await pushAs(ana, 'client-ana-1', [
      { id: 1, name: 'claim.create', args: claimArgs('c-1b', lines[0]!.key) },
    ]);
    expect(again.json()).toEqual({ lastMutationId: 1, results: [{ id: 1, status: 'applied' }] });
    const count = await s.db.query<{ n: string }>(
      `select count(*)::text as n from claims where id in ('c-1','c-1b')`,
    );
    expect(count.rows[0]?.n).toBe('1');
  });

  it('a permanently invalid mutation is rejected with a reason and still bumps, so the queue moves on', async () => {
    const response = await pushAs(ana, 'client-ana-1', [
      { id: 2, name: 'claim.create', args: claimArgs('c-2', lines[0]!.key) },
      { id: 3, name: 'claim.create', args: { claimId: 'c-3' } },
      { id: 4, name: 'no.such', args: {} },
      { id: 5, name: 'claim.create', args: claimArgs('c-5', lines[1]!.key) },
    ]);
    const body = PushResponseSchema.parse(response.json());
    expect(body.lastMutationId).toBe(5);
    expect(body.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'already_claimed',
      'invalid_args',
      'unknown_mutation',
      'applied',
    ]);
    const rejected = body.results[0];
    expect(rejected?.status === 'rejected' && rejected.message).toMatch(/already claimed/);
  });

  it('a push is one transaction: a later claim sees an earlier one of the same push, and a reused claim id is refused as such', async () => {
    // Lines no other test here uses.
    const [x, y] = [lines.at(-1)!, lines.at(-2)!];
    expect(lines.length).toBeGreaterThan(9);
    const response = await pushAs(ana, 'client-ana-batch', [
      { id: 1, name: 'claim.create', args: claimArgs('c-batch-1', x.key) },
      { id: 2, name: 'claim.create', args: claimArgs('c-batch-2', x.key) },
      { id: 3, name: 'claim.create', args: claimArgs('c-1', y.key) },
      { id: 4, name: 'claim.create', args: claimArgs('c-batch-4', y.key) },
    ]);
    const body = PushResponseSchema.parse(response.json());
    expect(body.lastMutationId).toBe(4);
    expect(body.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'applied',
      'already_claimed',
      'duplicate_id',
      'applied',
    ]);
    const stored = await s.db.query<{ id: string; line_key: string }>(
      `select id, line_key from claims where id in ('c-batch-1', 'c-batch-2', 'c-batch-4', 'c-1') order by id`,
    );
    expect(stored.rows).toEqual([
      { id: 'c-1', line_key: lines[0]!.key },
      { id: 'c-batch-1', line_key: x.key },
      { id: 'c-batch-4', line_key: y.key },
    ]);
    const results = await s.db.query<{ mutation_id: string; status: string; code: string | null }>(
      `select mutation_id::text, status, code from mutation_results where client_id = 'client-ana-batch' order by mutation_id`,
    );
    expect(results.rows.map((r) => r.code ?? r.status)).toEqual([
      'applied',
      'already_claimed',
      'duplicate_id',
      'applied',
    ]);
  });

  it('a client id is bound to its first user: another user gets 403 and an audit entry', async () => {
    const response = await pushAs(ben, 'client-ana-1', [
      { id: 6, name: 'claim.create', args: claimArgs('c-x', lines[2]!.key, 'rep-ben') },
    ]);
    expect(response.statusCode).toBe(403);
    const pulled = await s.app.inject({
      method: 'GET',
      url: '/sync/pull?clientId=client-ana-1',
      headers: auth(ben),
    });
    expect(pulled.statusCode).toBe(403);
    const entries = await s.db.query(
      `select 1 from audit_log where action = 'client.foreign' and actor_id = 'rep-ben' and client_id = 'client-ana-1'`,
    );
    expect(entries.rowCount).toBe(2);
    expect((await s.db.query(`select 1 from claims where id = 'c-x'`)).rowCount).toBe(0);
  });

  it('a retry after a lost response with the same Idempotency-Key returns the stored result; one claim', async () => {
    const mutations = [{ id: 1, name: 'claim.create', args: claimArgs('c-idem', lines[3]!.key) }];
    const first = await pushAs(ana, 'client-ana-2', mutations, {
      'idempotency-key': 'push-key-0001',
    });
    // The response is "lost": the client retries the very same request.
    const retry = await pushAs(ana, 'client-ana-2', mutations, {
      'idempotency-key': 'push-key-0001',
    });
    expect(retry.json()).toEqual(first.json());
    expect(first.json()).toEqual({ lastMutationId: 1, results: [{ id: 1, status: 'applied' }] });
    expect(
      (await s.db.query(`select 1 from claims where line_key = $1`, [lines[3]!.key])).rowCount,
    ).toBe(1);
    const reused = await pushAs(
      ana,
      'client-ana-2',
      [{ id: 2, name: 'claim.withdraw', args: { claimId: 'c-idem' } }],
      { 'idempotency-key': 'push-key-0001' },
    );
    expect(reused.statusCode).toBe(422);
  });

  it('the same mutation pushed twice concurrently is applied once', async () => {
    const mutations = [{ id: 1, name: 'claim.create', args: claimArgs('c-conc', lines[4]!.key) }];
    const [a, b] = await Promise.all([
      pushAs(ana, 'client-ana-3', mutations),
      pushAs(ana, 'client-ana-3', mutations),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([200, 200]);
    expect([a.json(), b.json()]).toEqual([
      { lastMutationId: 1, results: [{ id: 1, status: 'applied' }] },
      { lastMutationId: 1, results: [{ id: 1, status: 'applied' }] },
    ]);
    expect(
      (await s.db.query(`select 1 from claims where line_key = $1`, [lines[4]!.key])).rowCount,
    ).toBe(1);
  });

  it('two reps racing for one line: the partial unique index lets exactly one claim it', async () => {
    const key = lines[5]!.key;
    const [a, b] = await Promise.all([
      pushAs(ana, 'client-ana-4', [
        { id: 1, name: 'claim.create', args: claimArgs('race-a', key) },
      ]),
      pushAs(ben, 'client-ben-4', [
        { id: 1, name: 'claim.create', args: claimArgs('race-b', key, 'rep-ben') },
      ]),
    ]);
    const statuses = [a.json(), b.json()].map((r) => PushResponseSchema.parse(r).results[0]);
    expect(statuses.filter((r) => r?.status === 'applied')).toHaveLength(1);
    expect(
      statuses.filter((r) => r?.status === 'rejected' && r.code === 'already_claimed'),
    ).toHaveLength(1);
  });

  it('a page boundary inside the rows of one transaction loses nothing and repeats nothing', async () => {
    const before = await pullAll(maria, 'client-maria-2');
    // One decisions call writes several claims; then page through with pages of 1 and 2 rows.
    const vendor = await s.login('vendor');
    const decided = await s.app.inject({
      method: 'POST',
      url: '/vendor/decisions',
      headers: auth(vendor),
      payload: {
        decisions: [
          { claimId: 'c-1', decision: 'approved' },
          {
            claimId: 'c-5',
            decision: 'rejected',
            reason: 'Duplicate of a distributor credit note',
          },
        ],
      },
    });
    expect(decided.statusCode).toBe(200);
    for (const limit of [1, 2]) {
      let cursor = before.cursor;
      const seen: string[] = [];
      for (;;) {
        const page = PullResponseSchema.parse(
          (
            await s.app.inject({
              method: 'GET',
              url: `/sync/pull?clientId=client-maria-2&limit=${limit}&cursor=${cursor}`,
              headers: auth(maria),
            })
          ).json(),
        );
        seen.push(...page.rows.map((r) => r.id));
        cursor = page.cursor;
        if (!page.hasMore) break;
      }
      expect(seen.sort()).toEqual(['c-1', 'c-5']);
    }
    const anaView = await pullAll(ana, 'client-ana-1');
    const c5 = anaView.rows.find((r) => r.id === 'c-5');
    expect(c5?.deleted === false && [c5.data.status, c5.data.reason]).toEqual([
      'rejected',
      'Duplicate of a distributor credit note',
    ]);
  });

  it('uses the server clock, never the client’s: a client an hour ahead changes nothing', async () => {
    s.clock.advance(0);
    const response = await pushAs(ana, 'client-ana-5', [
      {
        id: 1,
        name: 'leap.activity',
        args: {
          id: 'act-1',
          userId: 'rep-ana',
          kind: 'course',
          title: 'Intro',
          completedOn: '2026-12-02',
          points: 100,
        },
      },
      {
        id: 2,
        name: 'leap.activity',
        args: {
          id: 'act-2',
          userId: 'rep-ana',
          kind: 'course',
          title: 'Next',
          completedOn: '2026-12-04',
          points: 100,
        },
      },
    ]);
    // The day after tomorrow is beyond the one-day slack for time zones: refused.
    expect(PushResponseSchema.parse(response.json()).results.map((r) => r.status)).toEqual([
      'applied',
      'rejected',
    ]);
    const claim = await pushAs(ana, 'client-ana-5', [
      { id: 3, name: 'claim.create', args: claimArgs('c-clock', lines[6]!.key) },
    ]);
    expect(PushResponseSchema.parse(claim.json()).results[0]?.status).toBe('applied');
    const row = await s.db.query<{ created_at: Date }>(
      `select created_at from claims where id = 'c-clock'`,
    );
    expect(new Date(row.rows[0]!.created_at).toISOString()).toBe(s.clock.now().toISOString());
  });

  it('a push counts its own earlier claims towards the SPIFF cap, in order', async () => {
    const rule = await latestSpiffRule(s.db);
    const unused = (
      await s.db.query<{ key: string; quarter: string; family: string }>(
        // Lines the other tests here do not use.
        `select key, quarter, family from invoice_lines l
          where partner_id = 'P-1001' and date between '2026-10-01' and '2026-12-02'
            and key <> all($1::text[])
            and not exists (select 1 from claims c where c.line_key = l.key) order by key`,
        [[...lines.slice(0, 7), ...lines.slice(-2)].map((l) => l.key)],
      )
    ).rows;
    const [a, b] = unused.filter((l) => (rule.perUnitCents[l.family] ?? 0) > 0);
    expect(b?.quarter).toBe(a?.quarter);
    const quarter = a!.quarter;
    // The claim that fills the cap: on a line no one claims SPIFF for (it earns none).
    const seed = unused.find((l) => rule.perUnitCents[l.family] === 0);
    // Ben has claimed all but one cent of his cap this quarter.
    const claimed = Number(
      (
        await s.db.query<{ total: string }>(
          `select coalesce(sum(amount), 0)::text as total from claims
            where rep_id = 'rep-ben' and quarter = $1 and program = 'spiff'`,
          [quarter],
        )
      ).rows[0]!.total,
    );
    await s.db.query(
      `insert into claims (id, line_key, program, rep_id, partner_id, quarter, family, units, amount,
         unit, status, rule_version, created_at, updated_at, history)
       values ('cap-seed', $1, 'spiff', 'rep-ben', 'P-1001', $2, $3, 1, $4, 'USD', 'approved', 'x',
         now(), now(), '[]')`,
      [seed!.key, quarter, seed!.family, rule.capCentsPerQuarter - 1 - claimed],
    );
    const spiff = (claimId: string, lineKey: string) => ({
      ...claimArgs(claimId, lineKey, 'rep-ben'),
      program: 'spiff',
      unit: 'USD',
    });
    const response = await pushAs(ben, 'client-ben-cap', [
      { id: 1, name: 'claim.create', args: spiff('cap-a', a!.key) },
      { id: 2, name: 'claim.create', args: spiff('cap-b', b!.key) },
    ]);
    const body = PushResponseSchema.parse(response.json());
    // The first still pays the cent left under the cap; the second is wholly beyond it, counting
    // the first, which no stored row showed when the push began.
    expect(body.results.map((r) => (r.status === 'rejected' ? r.code : r.status))).toEqual([
      'applied',
      'over_spiff_cap',
    ]);
    // The refusal carries its values for the app to word it in the rep's language, and a replay
    // of the push (its answer lost) gives them back from what was recorded.
    const refusal = body.results[1];
    expect(refusal).toMatchObject({
      details: { capCents: rule.capCentsPerQuarter, currency: 'USD' },
    });
    expect(refusal?.status === 'rejected' && refusal.details?.beyondCapCents).toBeGreaterThan(0);
    const replay = await pushAs(ben, 'client-ben-cap', [
      { id: 1, name: 'claim.create', args: spiff('cap-a', a!.key) },
      { id: 2, name: 'claim.create', args: spiff('cap-b', b!.key) },
    ]);
    expect(PushResponseSchema.parse(replay.json()).results[1]).toEqual(refusal);
    const stored = await s.db.query<{ id: string }>(
      `select id from claims where id in ('cap-a', 'cap-b')`,
    );
    expect(stored.rows).toEqual([{ id: 'cap-a' }]);
  });

  it('elevate.accept needs the permission and derives the level from the date with the shared calculator', async () => {
    const args = {
      id: 'P-1001|FY2026-Q3',
      partnerId: 'P-1001',
      quarter: 'FY2026-Q3',
      targetCents: 550_000,
      acceptedOn: '2026-10-20',
      level: 'entry',
      acceptedBy: 'rep-ana',
      ruleVersion: 'x',
    };
    const denied = await pushAs(ana, 'client-ana-6', [{ id: 1, name: 'elevate.accept', args }]);
    expect(PushResponseSchema.parse(denied.json()).results[0]).toMatchObject({
      status: 'rejected',
      code: 'not_permitted',
    });
    const ok = await pushAs(maria, 'client-maria-3', [
      { id: 1, name: 'elevate.accept', args: { ...args, acceptedBy: 'mgr-maria' } },
    ]);
    expect(PushResponseSchema.parse(ok.json()).results[0]?.status).toBe('applied');
    const row = await s.db.query<{ level: string; accepted_by: string }>(
      `select level, accepted_by from elevate_enrolments where partner_id = 'P-1001'`,
    );
    // Accepted in month 1 of the quarter (October): top, whatever the client claimed.
    expect(row.rows[0]).toEqual({ level: 'top', accepted_by: 'mgr-maria' });
    const twice = await pushAs(maria, 'client-maria-3', [
      { id: 2, name: 'elevate.accept', args: { ...args, acceptedBy: 'mgr-maria' } },
    ]);
    expect(PushResponseSchema.parse(twice.json()).results[0]).toMatchObject({
      code: 'already_accepted',
    });
  });

  it('leap.redeem checks the balance with the shared LEAP calculator', async () => {
    const redeem = (id: number, points: number) =>
      pushAs(ana, 'client-ana-7', [
        {
          id,
          name: 'leap.redeem',
          args: {
            id: `red-${id}`,
            userId: 'rep-ana',
            rewardId: 'voucher-25',
            points,
            requestedOn: '2026-12-02',
            status: 'requested',
          },
        },
      ]);
    const refused = PushResponseSchema.parse((await redeem(1, 1_000_000)).json()).results[0];
    expect(refused).toMatchObject({ code: 'insufficient_points' });
    // Learning (100 points today) plus the approved LEAP sale claim c-1.
    const available = Number(
      /(\d+) available/.exec(refused?.status === 'rejected' ? refused.message : '')?.[1],
    );
    expect(available).toBeGreaterThan(100);
    expect(PushResponseSchema.parse((await redeem(2, available)).json()).results[0]?.status).toBe(
      'applied',
    );
    expect(PushResponseSchema.parse((await redeem(3, 1)).json()).results[0]).toMatchObject({
      code: 'insufficient_points',
    });
  });

  it('claim.withdraw follows the shared claim table: a submitted claim cannot be withdrawn', async () => {
    const response = await pushAs(ana, 'client-ana-8', [
      { id: 1, name: 'claim.withdraw', args: { claimId: 'c-clock' } },
      { id: 2, name: 'claim.withdraw', args: { claimId: 'race-b' } },
    ]);
    expect(
      PushResponseSchema.parse(response.json()).results.map((r) =>
        r.status === 'rejected' ? r.code : r.status,
      ),
    ).toEqual(['illegal_transition', 'claim_not_found']);
  });

  it('a pushed claim is pulled exactly as it is stored', async () => {
    // A SPIFF claim and a new-customer bonus with a nomination.
    const spiff = await latestSpiffRule(s.db);
    // Claimable lines (lines) that the tests before this one left unclaimed.
    const claimed = new Set(
      (await s.db.query<{ line_key: string }>('select line_key from claims')).rows.map(
        (r) => r.line_key,
      ),
    );
    const free = lines.filter((l) => !claimed.has(l.key));
    const x = free.find((l) => (spiff.perUnitCents[l.family] ?? 0) > 0)!;
    const y = free.find((l) => l !== x)!;
    const invoiced = (
      await s.db.query<{ customer_name: string }>(
        'select customer_name from invoice_lines where key = $1',
        [y.key],
      )
    ).rows[0]!.customer_name;
    const response = await pushAs(ana, 'client-ana-stored', [
      {
        id: 1,
        name: 'claim.create',
        args: { ...claimArgs('c-stored-spiff', x.key), program: 'spiff', unit: 'USD' },
      },
      {
        id: 2,
        name: 'claim.create',
        args: {
          ...claimArgs('c-stored-ncb', y.key),
          program: 'ncb',
          unit: 'USD',
          nominatedCustomerName: invoiced,
        },
      },
    ]);
    expect(PushResponseSchema.parse(response.json()).results).toEqual([
      { id: 1, status: 'applied' },
      { id: 2, status: 'applied' },
    ]);
    const stored = await s.db.query<ClaimDbRow>(
      `select ${CLAIM_COLUMNS} from claims where id in ('c-stored-spiff', 'c-stored-ncb') order by id`,
    );
    expect(stored.rows).toHaveLength(2);
    const pulled = (await pullAll(ana, 'client-ana-stored')).rows.filter(
      (r) => r.kind === 'claim' && r.id.startsWith('c-stored-'),
    );
    expect(pulled.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      stored.rows.map((row) => {
        const fed = claimFeedRow(row);
        return { kind: 'claim', id: fed.id, deleted: false, data: fed.data };
      }),
    );
  });
});
