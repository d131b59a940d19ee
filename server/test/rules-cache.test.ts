import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PushResponseSchema, SPIFF_2017 } from '../../shared/index';
import { RulesCache } from '../src/sync/rules-cache';
import {
  BACKENDS,
  SERVER_TIMEOUT,
  auth,
  claimableLines,
  latestSpiffRule,
  startServer,
  type TestServer,
  spiffClaimArgs,
} from './harness';

describe('RulesCache', () => {
  it('keeps the rules sent with a new stamp, and answers the ones a push sent when current', () => {
    const cache = new RulesCache();
    expect(cache.kept).toBeNull();
    const first = cache.answer(null, 's1', JSON.stringify([SPIFF_2017]));
    expect(first.map((r) => r.version)).toEqual([SPIFF_2017.version]);
    const sent = cache.kept;
    expect(sent?.stamp).toBe('s1');
    // Another push, meanwhile, was sent newer rules.
    cache.answer(sent, 's2', JSON.stringify([{ ...SPIFF_2017, version: 'spiff-next' }]));
    expect(cache.kept?.stamp).toBe('s2');
    // The first push's stamp was current when it asked: it decides with the rules it sent.
    expect(cache.answer(sent, 's1', null)).toBe(sent?.rules);
    // The database sends the rules whenever the stamp is not the one sent.
    expect(() => cache.answer(sent, 's3', null)).toThrow(/stamp s3/);
  });

  it('refuses rules the shared schema refuses, and keeps what it had', () => {
    const cache = new RulesCache();
    cache.answer(null, 's1', JSON.stringify([SPIFF_2017]));
    expect(() =>
      cache.answer(null, 's2', JSON.stringify([{ ...SPIFF_2017, capCentsPerQuarter: -1 }])),
    ).toThrow();
    expect(cache.kept?.stamp).toBe('s1');
  });
});

describe.each(BACKENDS)('a rule version published between two pushes ($name)', (backend) => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startServer(backend);
  }, SERVER_TIMEOUT);
  afterAll(() => s?.close());

  it('decides the next push with it: the app reads the rules again when they change', async () => {
    const ben = await s.login('ben');
    const vendor = await s.login('vendor');
    const rule = await latestSpiffRule(s.db);
    const [one, two] = (await claimableLines(s.db, 'P-1001')).filter(
      (l) => (rule.perUnitCents[l.family] ?? 0) > 0,
    );
    if (!one || !two) throw new Error('the demo has two claimable SPIFF lines');
    const claimed = async (claimId: string, lineKey: string) => {
      const response = await s.app.inject({
        method: 'POST',
        url: '/sync/push',
        headers: auth(ben),
        payload: {
          clientId: `client-rules-${claimId}`,
          mutations: [
            {
              id: 1,
              name: 'claim.create',
              args: spiffClaimArgs(claimId, lineKey),
            },
          ],
        },
      });
      expect(PushResponseSchema.parse(response.json()).results).toEqual([
        { id: 1, status: 'applied' },
      ]);
      const { rows } = await s.db.query<{ rule_version: string; amount: string; units: number }>(
        'select rule_version, amount::text as amount, units from claims where id = $1',
        [claimId],
      );
      return rows[0];
    };
    const before = await claimed('rules-before', one.key);
    expect(before?.rule_version).not.toBe('spiff-test-doubled');
    // Every family's per-unit value doubled, in force from before the lines' dates.
    const { rows } = await s.db.query<{ data: Record<string, unknown> }>(
      `select data from rule_versions where program = 'spiff' order by effective_from desc limit 1`,
    );
    const doubled = Object.fromEntries(
      Object.entries(rule.perUnitCents).map(([family, cents]) => [family, cents * 2]),
    );
    const published = await s.app.inject({
      method: 'POST',
      url: '/vendor/rule-versions',
      headers: auth(vendor),
      payload: {
        ...rows[0]?.data,
        version: 'spiff-test-doubled',
        effectiveFrom: '2026-09-01',
        perUnitCents: doubled,
      },
    });
    expect(published.statusCode).toBe(201);
    const after = await claimed('rules-after', two.key);
    expect(after?.rule_version).toBe('spiff-test-doubled');
    expect(Number(after?.amount)).toBe((doubled[two.family] ?? 0) * (after?.units ?? 0));
  });
});
