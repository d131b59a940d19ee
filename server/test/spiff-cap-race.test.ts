import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponseSchema } from '../../shared/index';
import {
  DATABASE_URL,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  appHeldAfterLineRead,
  latestSpiffRule,
  startPostgresServer,
  type TestServer,
  waitsForLock,
  spiffClaimArgs,
} from './harness';

/**
 * The SPIFF cap is per rep and quarter, and a rep may sync from two devices (two client ids): two
 * pushes of SPIFF claims must not both count the same room under the cap. PostgreSQL only: PGlite
 * has one connection, so its pushes never overlap.
 */
describe.skipIf(!DATABASE_URL)('two devices of one rep claiming SPIFF at once', () => {
  let s: TestServer;
  let ben: string;
  beforeAll(async () => {
    s = await startPostgresServer();
    ben = await s.login('ben');
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  it('the second waits for the first and counts its claim: one is paid, the other is over the cap', async () => {
    const rule = await latestSpiffRule(s.db);
    const lines = await claimableLines(s.db, 'P-1001');
    const [a, b] = lines.filter((l) => (rule.perUnitCents[l.family] ?? 0) > 0);
    const seed = lines.find((l) => rule.perUnitCents[l.family] === 0);
    const quarter = (
      await s.db.query<{ quarter: string }>(
        `select distinct quarter from invoice_lines where key = any($1::text[])`,
        [[a!.key, b!.key, seed!.key]],
      )
    ).rows;
    expect(quarter).toHaveLength(1);
    // Ben has claimed all but one cent of his cap this quarter.
    await s.db.query(
      `insert into claims (id, line_key, program, rep_id, partner_id, quarter, family, units, amount,
         unit, status, rule_version, created_at, updated_at, history)
       values ('race-seed', $1, 'spiff', 'rep-ben', 'P-1001', $2, $3, 1, $4, 'USD', 'approved', 'x',
         now(), now(), '[]')`,
      [seed!.key, quarter[0]!.quarter, seed!.family, rule.capCentsPerQuarter - 1],
    );
    const push = (app: typeof s.app, clientId: string, claimId: string, lineKey: string) =>
      app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(ben),
        payload: {
          clientId,
          mutations: [
            {
              id: 1,
              name: 'claim.create',
              args: spiffClaimArgs(claimId, lineKey),
            },
          ],
        },
      });

    // The laptop's push reads its lines and the total (one cent of room), and is held there,
    // uncommitted.
    const { app: laptopApp, read, release } = await appHeldAfterLineRead(s);
    const laptop = push(laptopApp, 'client-ben-laptop', 'race-laptop', a!.key);
    await read;
    // The phone pushes meanwhile: it must wait for the laptop's claim, not read past it.
    const phone = push(s.app, 'client-ben-phone', 'race-phone', b!.key);
    const waiting = await waitsForLock(s.db, '%push_open(%');
    release();
    const outcomes = [await laptop, await phone].map((r) => {
      expect(r.statusCode).toBe(200);
      const result = PushResponseSchema.parse(r.json()).results[0];
      return result?.status === 'rejected' ? result.code : result?.status;
    });
    await laptopApp.close();
    expect(outcomes).toEqual(['applied', 'over_spiff_cap']);
    expect(waiting).toBe(true);
    const paid = await s.db.query<{ id: string }>(
      `select id from claims where id in ('race-laptop', 'race-phone')`,
    );
    expect(paid.rows).toEqual([{ id: 'race-laptop' }]);
  });
});
