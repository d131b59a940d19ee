import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BACKENDS, SERVER_TIMEOUT, startServer, type TestServer } from './harness';

/**
 * lines_with_claims (migration 9) sums a rep's SPIFF claims once per quarter its lines fall in:
 * each line must still get its own quarter's total, and only the rep's active SPIFF claims.
 */
describe.each(BACKENDS)('lines_with_claims on $name', (backend) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(backend);
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  it("gives each line its quarter's SPIFF total for the rep, and the line's claims", async () => {
    const byQuarter = await s.db.query<{ quarter: string; keys: string[] }>(
      `select quarter, (array_agg(key order by key))[1:2] as keys from invoice_lines
        where partner_id = 'P-1001' group by quarter order by quarter limit 2`,
    );
    expect(byQuarter.rows).toHaveLength(2);
    const [a, b] = byQuarter.rows as [
      { quarter: string; keys: string[] },
      { quarter: string; keys: string[] },
    ];
    const claim = (
      id: string,
      line: string,
      quarter: string,
      rep: string,
      program: string,
      amount: number,
      status: string,
    ) =>
      s.db.query(
        `insert into claims (id, line_key, program, rep_id, partner_id, quarter, family, units,
           amount, unit, status, rule_version, created_at, updated_at, history)
         values ($1, $2, $3, $4, 'P-1001', $5, 'notebook', 1, $6, 'USD', $7, 'x', now(), now(), '[]')`,
        [id, line, program, rep, quarter, amount, status],
      );
    // Ben's active SPIFF claims count, each in its quarter: 300 + 200 in a, 40 in b. His rejected
    // one, his LEAP claim and Ana's SPIFF claim do not.
    await claim('lwc-1', a.keys[0]!, a.quarter, 'rep-ben', 'spiff', 300, 'submitted');
    await claim('lwc-2', a.keys[1]!, a.quarter, 'rep-ben', 'spiff', 200, 'paid');
    await claim('lwc-3', b.keys[0]!, b.quarter, 'rep-ben', 'spiff', 5_000, 'rejected');
    await claim('lwc-4', b.keys[0]!, b.quarter, 'rep-ben', 'leap', 7_000, 'submitted');
    await claim('lwc-5', b.keys[1]!, b.quarter, 'rep-ana', 'spiff', 9_000, 'submitted');
    await claim('lwc-6', b.keys[0]!, b.quarter, 'rep-ben', 'spiff', 40, 'approved');
    const rows = await s.db.query<{
      key: string;
      spiff_total: string;
      existing: { program: string }[];
    }>(
      `select key, spiff_total, existing from lines_with_claims($1::text[], 'P-1001', 'rep-ben')
        order by key`,
      [[...a.keys, ...b.keys]],
    );
    const got = Object.fromEntries(
      rows.rows.map((r) => [r.key, { total: r.spiff_total, claims: r.existing.length }]),
    );
    expect(got).toEqual({
      [a.keys[0]!]: { total: '500', claims: 1 },
      [a.keys[1]!]: { total: '500', claims: 1 },
      [b.keys[0]!]: { total: '40', claims: 3 },
      [b.keys[1]!]: { total: '40', claims: 1 },
    });
    // Another partner's lines are not this partner's to read.
    const other = await s.db.query(
      `select * from lines_with_claims($1::text[], 'P-2002', 'rep-ben')`,
      [a.keys],
    );
    expect(other.rows).toEqual([]);
  });
});
