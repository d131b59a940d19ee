import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponseSchema, SPIFF_2017 } from '../../shared/index';
import { parseDecisionsCsv } from '../src/vendor/decisions';
import {
  BACKENDS,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  startServer,
  type TestServer,
  leapClaimArgs,
} from './harness';

const HEADER =
  'Distributor,Reseller ID,Invoice No,Line No,Invoice Date,SKU,Quantity,Unit Price,Currency,End Customer';

describe('decisions CSV', () => {
  it('reads claim id, decision and reason by header name, and names bad rows', () => {
    const { decisions, errors } = parseDecisionsCsv(
      '\uFEFFReason,Claim ID,Decision\n"Late, sorry",c-1,Rejected\n,c-2,approved\n,c-3,maybe\n',
    );
    expect(decisions).toEqual([
      { claimId: 'c-1', decision: 'rejected', reason: 'Late, sorry' },
      { claimId: 'c-2', decision: 'approved' },
    ]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^row 4: decision/);
  });
});

describe.each(BACKENDS)('vendor side on $name', (backend) => {
  let s: TestServer;
  let vendor: string;
  beforeAll(async () => {
    s = await startServer(backend);
    vendor = await s.login('vendor');
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  const ingest = (csv: string) =>
    s.app.inject({
      method: 'POST',
      url: '/vendor/ingest?fileName=week49.csv',
      headers: { ...auth(vendor), 'content-type': 'text/csv' },
      payload: csv,
    });

  it('assigns lines by reseller id, quarantines unknown resellers with the reason, upserts by distributor + invoice + line', async () => {
    const csv = `${HEADER}\nTD SYNNEX,P-1001,V-1,1,2026-11-02,21MA0033US,2,1000.00,USD,Alpha\nTD SYNNEX,R-2002,V-1,2,2026-11-02,21MA0033US,1,1000.00,USD,Beta\nTD SYNNEX,R-0000,V-2,1,2026-11-03,21MA0033US,1,1000.00,USD,Gamma\nTD SYNNEX,P-1001,V-3,1,2026-11-03,NOPE,x,1,USD,Delta\n`;
    const first = await ingest(csv);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      totalRows: 4,
      inserted: 2,
      updated: 0,
      unchanged: 0,
      quarantined: 2,
    });
    const q = await s.db.query<{ code: string; reason: string }>(
      'select code, reason from quarantine where batch_id = $1 order by row_no',
      [first.json().batchId],
    );
    expect(q.rows.map((r) => r.code)).toEqual(['unknown_reseller', 'unknown_sku']);
    expect(q.rows[0]?.reason).toMatch(/R-0000/);
    const owners = await s.db.query<{ invoice_no: string; line_no: number; partner_id: string }>(
      `select invoice_no, line_no, partner_id from invoice_lines where invoice_no = 'V-1' order by line_no`,
    );
    expect(owners.rows.map((r) => r.partner_id)).toEqual(['P-1001', 'P-2002']);
    // The same file again changes nothing; a corrected quantity replaces the line.
    expect((await ingest(csv)).json()).toMatchObject({ inserted: 0, updated: 0, unchanged: 2 });
    const corrected = csv.replace('V-1,1,2026-11-02,21MA0033US,2', 'V-1,1,2026-11-02,21MA0033US,3');
    expect((await ingest(corrected)).json()).toMatchObject({
      inserted: 0,
      updated: 1,
      unchanged: 1,
    });
    const line = await s.db.query<{ quantity: number }>(
      `select quantity from invoice_lines where invoice_no = 'V-1' and line_no = 1`,
    );
    expect(line.rows[0]?.quantity).toBe(3);
  });

  it('a file error stores no lines and says why', async () => {
    const response = await ingest('just,a,title\n');
    expect(response.json()).toMatchObject({ inserted: 0, fileError: { code: expect.any(String) } });
  });

  it('decisions move claims only along the shared table and reach the rep on the next pull', async () => {
    const ana = await s.login('ana');
    const [line] = await claimableLines(s.db, 'P-1001');
    await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(ana),
      payload: {
        clientId: 'vendor-test-ana',
        mutations: [
          {
            id: 1,
            name: 'claim.create',
            args: leapClaimArgs('d-1', line!.key),
          },
        ],
      },
    });
    const decide = (decisions: unknown[]) =>
      s.app.inject({
        method: 'POST',
        url: '/vendor/decisions',
        headers: auth(vendor),
        payload: { decisions },
      });
    const illegal = await decide([{ claimId: 'd-1', decision: 'paid' }]);
    expect(illegal.json().outcomes[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(/submitted to paid/),
    });
    const noReason = await decide([{ claimId: 'd-1', decision: 'rejected' }]);
    expect(noReason.json().outcomes[0]).toMatchObject({
      ok: false,
      error: expect.stringMatching(/reason/),
    });
    expect(
      (await decide([{ claimId: 'd-1', decision: 'approved' }])).json().outcomes[0],
    ).toMatchObject({ ok: true });
    expect((await decide([{ claimId: 'd-1', decision: 'paid' }])).json().outcomes[0]).toMatchObject(
      { ok: true, status: 'paid' },
    );
    const pulled = await s.app.inject({
      method: 'GET',
      url: '/sync/pull?clientId=vendor-test-ana&limit=1000',
      headers: auth(ana),
    });
    const claim = (
      pulled.json() as { rows: { id: string; data?: { status: string; history: unknown[] } }[] }
    ).rows.find((r) => r.id === 'd-1');
    expect(claim?.data?.status).toBe('paid');
    expect(claim?.data?.history).toHaveLength(3);
    expect(PushResponseSchema).toBeDefined();
  });

  it('sets Elevate targets a partner’s users pull and its acceptance counts against, until accepted', async () => {
    const [ana, maria, dana] = [
      await s.login('ana'),
      await s.login('maria'),
      await s.login('dana'),
    ];
    const setTargets = (token: string, targets: unknown) =>
      s.app.inject({
        method: 'POST',
        url: '/vendor/elevate-targets',
        headers: auth(token),
        payload: { targets },
      });
    const target = { partnerId: 'P-1001', quarter: 'FY2026-Q3', targetCents: 700_000 };
    expect((await setTargets(ana, [target])).statusCode).toBe(403);
    const bad = await setTargets(vendor, [{ ...target, quarter: '2026Q3', targetCents: 1.5 }]);
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toMatch(/targets\.0\.quarter/);
    expect(JSON.stringify(bad.json())).toMatch(/targets\.0\.targetCents/);
    expect((await s.db.query('select 1 from elevate_targets')).rows).toHaveLength(0);

    const set = await setTargets(vendor, [target, { ...target, partnerId: 'P-9999' }]);
    expect(set.json().outcomes).toEqual([
      { partnerId: 'P-1001', quarter: 'FY2026-Q3', ok: true },
      { partnerId: 'P-9999', quarter: 'FY2026-Q3', ok: false, error: 'no such partner' },
    ]);
    const pulledTargets = async (token: string, clientId: string) =>
      (
        (
          await s.app.inject({
            method: 'GET',
            url: `/sync/pull?clientId=${clientId}&limit=5000`,
            headers: auth(token),
          })
        ).json() as { rows: { kind: string; id: string; data?: { targetCents?: number } }[] }
      ).rows.filter((r) => r.kind === 'elevateTarget');
    expect(await pulledTargets(ana, 'targets-ana')).toEqual([
      expect.objectContaining({ id: 'P-1001|FY2026-Q3', data: expect.objectContaining(target) }),
    ]);
    // Another partner's users never see it.
    expect(await pulledTargets(dana, 'targets-dana')).toEqual([]);

    // The manager accepts with the target the app derived; the vendor's is the one recorded.
    const accepted = await s.app.inject({
      method: 'POST',
      url: '/sync/push',
      headers: auth(maria),
      payload: {
        clientId: 'targets-maria',
        mutations: [
          {
            id: 1,
            name: 'elevate.accept',
            args: {
              id: 'P-1001|FY2026-Q3',
              partnerId: 'P-1001',
              quarter: 'FY2026-Q3',
              targetCents: 550_000,
              acceptedOn: '2026-10-20',
              level: 'top',
              acceptedBy: 'mgr-maria',
              ruleVersion: 'x',
            },
          },
        ],
      },
    });
    expect(PushResponseSchema.parse(accepted.json()).results[0]?.status).toBe('applied');
    const enrolment = await s.db.query<{ target_cents: string }>(
      `select target_cents::text as target_cents from elevate_enrolments where partner_id = 'P-1001'`,
    );
    expect(enrolment.rows).toEqual([{ target_cents: '700000' }]);
    // Accepted: the target stays what was accepted.
    expect(
      (await setTargets(vendor, [{ ...target, targetCents: 900_000 }])).json().outcomes,
    ).toEqual([
      {
        partnerId: 'P-1001',
        quarter: 'FY2026-Q3',
        ok: false,
        error: 'the partner has accepted this quarter’s target already',
      },
    ]);
    const stored = await s.db.query<{ target_cents: string }>(
      `select target_cents::text as target_cents from elevate_targets`,
    );
    expect(stored.rows).toEqual([{ target_cents: '700000' }]);
  });

  it('publishes rule versions validated with the shared schemas; a bad one is a 400 naming the field and stores nothing', async () => {
    const publish = (body: Record<string, unknown>) =>
      s.app.inject({
        method: 'POST',
        url: '/vendor/rule-versions',
        headers: auth(vendor),
        payload: body,
      });
    const bad = await publish({ ...SPIFF_2017, version: 'spiff-bad', capCentsPerQuarter: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].path).toMatch(/capCentsPerQuarter/);
    expect(
      (await s.db.query(`select 1 from rule_versions where version = 'spiff-bad'`)).rowCount,
    ).toBe(0);
    const good = await publish({
      ...SPIFF_2017,
      version: 'spiff-2027.1',
      effectiveFrom: '2027-04-01',
    });
    expect(good.statusCode).toBe(201);
    expect(
      (await publish({ ...SPIFF_2017, version: 'spiff-2027.1', effectiveFrom: '2027-04-01' }))
        .statusCode,
    ).toBe(409);
    const ben = await s.login('ben');
    const pulled = await s.app.inject({
      method: 'GET',
      url: '/sync/pull?clientId=vendor-test-ben&limit=1000',
      headers: auth(ben),
    });
    expect(
      (pulled.json() as { rows: { id: string }[] }).rows.some((r) => r.id === 'spiff-2027.1'),
    ).toBe(true);
  });

  it('the audit log is append-only: UPDATE, DELETE and TRUNCATE raise', async () => {
    const rows = await s.db.query<{ n: string }>('select count(*)::text as n from audit_log');
    expect(Number(rows.rows[0]?.n)).toBeGreaterThan(0);
    await expect(s.db.query(`update audit_log set action = 'x'`)).rejects.toThrow(/append-only/);
    await expect(s.db.query('delete from audit_log')).rejects.toThrow(/append-only/);
    await expect(s.db.query('truncate audit_log')).rejects.toThrow(/append-only/);
    const after = await s.db.query<{ n: string }>('select count(*)::text as n from audit_log');
    expect(after.rows[0]?.n).toBe(rows.rows[0]?.n);
  });
});
