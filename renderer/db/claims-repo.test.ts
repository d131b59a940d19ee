import { afterEach, describe, expect, it } from 'vitest';
import { DEAL_2017, LEAP_2019, SPIFF_2017 } from '../../shared/index';
import { checkLines, claimLines, listClaims, transitionClaims } from './claims-repo';
import type { PartnerRewardsDb } from './database';
import { AlreadyClaimedError, ClaimNotPermittedError, StorageFullError } from './errors';
import { toInvoiceRow, upsertInvoiceRows } from './invoices-repo';
import { pendingMutations, acknowledgeMutations } from './outbox';
import { putUsers } from './reference-repo';
import { freshDb, makeLine } from './test-support';

const rules = { spiff: SPIFF_2017, deal: DEAL_2017, leap: LEAP_2019 };
const NOW = '2026-06-01T09:00:00.000Z';
let db: PartnerRewardsDb;
afterEach(() => db.close());

async function seed(count: number, overrides = {}): Promise<string[]> {
  const rows = Array.from({ length: count }, (_, i) =>
    toInvoiceRow(
      makeLine(i * 10 + 6, { family: 'server', date: '2026-05-10', quantity: 2, ...overrides }),
      'b1',
    ),
  );
  await upsertInvoiceRows(db, rows);
  return rows.map((r) => r.key);
}

describe('claiming lines locally', () => {
  it('claims many lines in one transaction with one outbox mutation each', async () => {
    ({ db } = freshDb());
    const keys = await seed(5);
    const outcome = await claimLines(
      db,
      { lineKeys: keys, program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-06-01' },
      rules,
    );
    expect(outcome.claimed).toHaveLength(5);
    expect(
      outcome.claimed.every(
        (c) => c.status === 'queued' && c.amount === 30_000 && c.unit === 'USD',
      ),
    ).toBe(true);
    const mutations = await pendingMutations(db);
    expect(mutations.map((m) => m.mutationId)).toEqual([1, 2, 3, 4, 5]);
    expect(mutations.every((m) => m.name === 'claim.create')).toBe(true);
    expect(await acknowledgeMutations(db, 3)).toBe(3);
    expect((await pendingMutations(db)).map((m) => m.mutationId)).toEqual([4, 5]);
  });

  it('skips lines already claimed by anyone, with the reason', async () => {
    ({ db } = freshDb());
    const keys = await seed(3);
    await claimLines(
      db,
      {
        lineKeys: [keys[0] as string],
        program: 'spiff',
        repId: 'rep-2',
        now: NOW,
        today: '2026-06-01',
      },
      rules,
    );
    const outcome = await claimLines(
      db,
      {
        lineKeys: keys,
        program: 'spiff',
        repId: 'rep-1',
        now: NOW,
        today: '2026-06-01',
        acceptWarnings: true,
      },
      rules,
    );
    expect(outcome.claimed.map((c) => c.lineKey)).toEqual(keys.slice(1));
    expect(outcome.skipped).toEqual([
      {
        lineKey: keys[0],
        warnings: [{ code: 'already_claimed', byRepId: 'rep-2', status: 'queued' }],
      },
    ]);
    // the same line may be claimed for another program
    const ncb = await claimLines(
      db,
      {
        lineKeys: [keys[0] as string],
        program: 'ncb',
        repId: 'rep-1',
        now: NOW,
        today: '2026-06-01',
      },
      rules,
    );
    const line = await db.invoiceLines.get(keys[0] as string);
    expect(ncb.claimed[0]?.amount).toBe(Math.round((line?.lineTotalCents ?? -1) / 10)); // NCB: 10 % of a server line
  });

  it('lets the unique index stop two concurrent claims of one line', async () => {
    ({ db } = freshDb());
    const [key] = await seed(1);
    const request = {
      lineKeys: [key as string],
      program: 'spiff' as const,
      repId: 'rep-1',
      now: NOW,
      today: '2026-06-01',
    };
    const results = await Promise.allSettled([
      claimLines(db, request, rules),
      claimLines(db, { ...request, repId: 'rep-2', now: '2026-06-01T09:00:01.000Z' }, rules),
    ]);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toBeInstanceOf(AlreadyClaimedError);
    expect(await db.claims.count()).toBe(1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('warns before claiming: window, cap, ineligible family', async () => {
    ({ db } = freshDb());
    const keys = await seed(1, { quantity: 70 });
    const [visuals] = await (async () => {
      const row = toInvoiceRow(makeLine(999, { family: 'visuals', date: '2026-05-10' }), 'b1');
      await upsertInvoiceRows(db, [row]);
      return [row.key];
    })();
    const checks = await checkLines(
      db,
      {
        lineKeys: [...keys, visuals as string],
        program: 'spiff',
        repId: 'rep-1',
        today: '2026-09-01',
      },
      rules,
    );
    const codes = Object.fromEntries(
      checks.map((c) => [c.lineKey, c.warnings.map((w) => w.code).sort()]),
    );
    expect(codes[keys[0] as string]).toEqual(['outside_claim_window', 'over_spiff_cap']);
    expect(codes[visuals as string]).toEqual(['family_not_eligible', 'outside_claim_window']);
    const over = checks
      .find((c) => c.lineKey === keys[0])
      ?.warnings.find((w) => w.code === 'over_spiff_cap');
    expect(over).toEqual({ code: 'over_spiff_cap', beyondCapCents: 50_000, capCents: 1_000_000 });
    // without acceptWarnings nothing with a warning is claimed
    const outcome = await claimLines(
      db,
      { lineKeys: keys, program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-09-01' },
      rules,
    );
    expect(outcome.claimed).toEqual([]);
  });

  it('moves claims through legal statuses only, all or none', async () => {
    ({ db } = freshDb());
    const keys = await seed(2);
    const { claimed } = await claimLines(
      db,
      {
        lineKeys: keys,
        program: 'spiff',
        repId: 'rep-1',
        now: NOW,
        today: '2026-06-01',
        status: 'draft',
      },
      rules,
    );
    expect(await db.outbox.count()).toBe(0);
    const ids = claimed.map((c) => c.id);
    await transitionClaims(db, { ids, to: 'queued', by: 'rep-1', now: NOW });
    expect(await db.outbox.count()).toBe(2);
    await transitionClaims(db, {
      ids: [ids[0] as string],
      to: 'submitted',
      by: 'server',
      now: NOW,
    });
    await expect(
      transitionClaims(db, { ids, to: 'approved', by: 'server', now: NOW }),
    ).rejects.toThrow(/cannot move from queued to approved/);
    expect((await listClaims(db)).map((c) => c.status).sort()).toEqual(['queued', 'submitted']);
    await expect(
      transitionClaims(db, { ids: [ids[0] as string], to: 'rejected', by: 'server', now: NOW }),
    ).rejects.toThrow(/must say why/);
    const [rejected] = await transitionClaims(db, {
      ids: [ids[0] as string],
      to: 'rejected',
      by: 'server',
      now: NOW,
      reason: 'Invoice not found at distributor',
    });
    expect(rejected?.reason).toBe('Invoice not found at distributor');
    expect(rejected?.activeKey).toBeUndefined();
    expect(rejected?.history.map((h) => h.status)).toEqual([
      'draft',
      'queued',
      'submitted',
      'rejected',
    ]);
    // a rejected claim frees the line for a new claim
    const again = await claimLines(
      db,
      {
        lineKeys: [keys[0] as string],
        program: 'spiff',
        repId: 'rep-1',
        now: '2026-06-02T09:00:00.000Z',
        today: '2026-06-02',
      },
      rules,
    );
    expect(again.claimed).toHaveLength(1);
  });

  it('a full disk leaves no half-written claim and says so clearly', async () => {
    ({ db } = freshDb());
    const keys = await seed(3);
    const original = db.outbox.add.bind(db.outbox);
    let calls = 0;
    db.outbox.add = ((...args: Parameters<typeof original>) => {
      calls += 1;
      if (calls === 2)
        return Promise.reject(
          new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
        ) as never;
      return original(...args);
    }) as typeof original;
    await expect(
      claimLines(
        db,
        { lineKeys: keys, program: 'spiff', repId: 'rep-1', now: NOW, today: '2026-06-01' },
        rules,
      ),
    ).rejects.toBeInstanceOf(StorageFullError);
    expect(await db.claims.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.claimAggregates.count()).toBe(0);
  });

  it('refuses a user the partner does not let claim, and writes nothing (seed 004)', async () => {
    ({ db } = freshDb());
    const keys = await seed(2);
    const base = { role: 'rep' as const, partnerId: 'P-1', canAcceptTargets: false };
    await putUsers(db, [
      { ...base, id: 'rep-1', name: 'Ana', mayClaim: false },
      { ...base, id: 'rep-2', name: 'Ben', mayClaim: true },
      // Stored before the permission existed: the server's default, allowed.
      { ...base, id: 'rep-3', name: 'Chen' },
    ]);
    const request = { program: 'spiff' as const, now: NOW, today: '2026-06-01' as const };
    const refused = claimLines(db, { ...request, lineKeys: keys, repId: 'rep-1' }, rules);
    await expect(refused).rejects.toBeInstanceOf(ClaimNotPermittedError);
    await expect(refused).rejects.toThrow('Ana is not allowed to claim');
    expect(await db.claims.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
    expect(await db.claimAggregates.count()).toBe(0);
    const first = keys.slice(0, 1);
    const second = keys.slice(1);
    expect(
      (await claimLines(db, { ...request, lineKeys: first, repId: 'rep-2' }, rules)).claimed,
    ).toHaveLength(1);
    expect(
      (await claimLines(db, { ...request, lineKeys: second, repId: 'rep-3' }, rules)).claimed,
    ).toHaveLength(1);
  });
});
