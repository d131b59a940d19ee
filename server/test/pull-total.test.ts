import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PULL_LINES_AHEAD_HEADER, PullResponseSchema } from '../../shared/index';
import { BACKENDS, SERVER_TIMEOUT, auth, startServer, type TestServer } from './harness';

/** The total a first sync shows its progress against (sync/pull-total.ts). */
describe.each(BACKENDS)('lines ahead of a pull on $name', (backend) => {
  let s: TestServer;
  let maria: string;
  let vendor: string;
  beforeAll(async () => {
    s = await startServer(backend);
    [maria, vendor] = (await Promise.all(['maria', 'vendor'].map((u) => s.login(u)))) as [
      string,
      string,
    ];
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  const pull = async (token: string, cursor: string, limit: number, ahead: boolean) => {
    const r = await s.app.inject({
      method: 'GET',
      url: `/sync/pull?clientId=pt-client-${token.slice(0, 6)}&limit=${limit}&cursor=${cursor}`,
      headers: { ...auth(token), ...(ahead ? { [PULL_LINES_AHEAD_HEADER]: '1' } : {}) },
    });
    expect([r.statusCode, r.body]).toEqual([200, expect.any(String)]);
    return PullResponseSchema.parse(r.json());
  };
  const partnerLines = async (partnerId: string) =>
    Number(
      (
        await s.db.query<{ n: string }>(
          'select count(*)::text as n from invoice_lines where partner_id = $1',
          [partnerId],
        )
      ).rows[0]?.n,
    );

  it('counts the partner’s lines after the cursor only when asked', async () => {
    const all = await partnerLines('P-1001');
    expect(all).toBeGreaterThan(20);
    const first = await pull(maria, '', 10, true);
    expect(first.linesAhead).toBe(all);
    expect((await pull(maria, '', 10, false)).linesAhead).toBeUndefined();
    // Further on, the lines already passed are not counted; the rows of every page add up.
    let cursor = first.cursor;
    let lines = first.rows.filter((r) => r.kind === 'invoiceLine').length;
    for (let i = 0; i < 3; i += 1) {
      const next = await pull(maria, cursor, 10, false);
      lines += next.rows.filter((r) => r.kind === 'invoiceLine').length;
      cursor = next.cursor;
    }
    expect((await pull(maria, cursor, 10, true)).linesAhead).toBe(all - lines);
  });

  it('is zero for a user of no partner, and the header passes CORS', async () => {
    expect((await pull(vendor, '', 10, true)).linesAhead).toBe(0);
    const preflight = await s.app.inject({
      method: 'OPTIONS',
      url: '/sync/pull',
      headers: {
        origin: 'app://partner-rewards',
        'access-control-request-method': 'GET',
        'access-control-request-headers': `authorization,${PULL_LINES_AHEAD_HEADER}`,
      },
    });
    expect(String(preflight.headers['access-control-allow-headers'])).toContain(
      PULL_LINES_AHEAD_HEADER,
    );
  });
});
