import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLAIM_STATUSES, FAMILIES } from '../../shared/index';
import {
  recountClaimAggregates,
  recountWeeklyAggregates,
  recountLineAggregates,
  countLocalData,
  leapBalanceOf,
  readLeapLedger,
  saveDealPlan,
  upsertInvoiceLines,
  type PartnerRewardsDb,
} from '../db/index';
import { freshDb, makeLine } from '../db/test-support';
import { clearAllData, DEMO_USERS, demoLeapRules, loadDemoData } from './demo-data';

let db: PartnerRewardsDb;
afterEach(() => db.close());

describe('demo data', () => {
  it('has five quarters across every family, claims in every status and consistent aggregates', async () => {
    ({ db } = freshDb());
    await loadDemoData(db, '2026-11-25', '2026-11-25T09:00:00.000Z');
    const lines = await db.invoiceLines.toArray();
    expect(new Set(lines.map((l) => l.quarter))).toEqual(
      new Set(['FY2025-Q3', 'FY2025-Q4', 'FY2026-Q1', 'FY2026-Q2', 'FY2026-Q3']),
    );
    expect(new Set(lines.map((l) => l.family))).toEqual(new Set(FAMILIES));
    expect(lines.every((l) => l.date <= '2026-11-25')).toBe(true);
    const claims = await db.claims.toArray();
    expect(new Set(claims.map((c) => c.status))).toEqual(
      new Set(CLAIM_STATUSES.filter((s) => s !== 'withdrawn')),
    );
    expect(new Set(claims.map((c) => c.repId)).size).toBe(3);
    expect(await db.users.count()).toBe(4);
    expect(await db.elevateEnrolments.count()).toBe(3);
    expect(await db.leapActivities.count()).toBeGreaterThan(10);
    const sort = <T extends { id: string }>(rows: T[]) =>
      rows.sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(sort(await db.lineAggregates.toArray())).toEqual(recountLineAggregates(lines));
    expect(sort(await db.weeklyAggregates.toArray())).toEqual(recountWeeklyAggregates(lines));
    expect(sort(await db.claimAggregates.toArray())).toEqual(recountClaimAggregates(claims));
    await clearAllData(db);
    expect(await db.invoiceLines.count()).toBe(0);
    expect(await db.claims.count()).toBe(0);
    expect(await db.weeklyAggregates.count()).toBe(0);
  });
});

describe('demo data obeys the app’s own rules', () => {
  it.each(['2026-11-25', '2026-05-20', '2026-07-10', '2027-03-31'])(
    'no rep ends below zero LEAP points (today %s)',
    async (day) => {
      ({ db } = freshDb());
      await loadDemoData(db, day, `${day}T09:00:00.000Z`);
      const rules = demoLeapRules(day);
      for (const user of DEMO_USERS) {
        const ledger = await readLeapLedger(db, user.id);
        // Every redemption was affordable on the day it was requested, and still is today.
        for (const r of ledger.redemptions)
          expect(
            leapBalanceOf(user.id, r.requestedOn, ledger, rules).balancePoints,
          ).toBeGreaterThanOrEqual(0);
        expect(leapBalanceOf(user.id, day, ledger, rules).balancePoints).toBeGreaterThanOrEqual(0);
      }
      // Late in the year the reps have points enough to redeem; early on, nobody has.
      if (day >= '2026-11-01') expect(await db.leapRedemptions.count()).toBeGreaterThan(0);
    },
  );
});

describe('loading the demo is atomic', () => {
  it('a load that fails halfway leaves the previous data exactly as it was', async () => {
    ({ db } = freshDb());
    await upsertInvoiceLines(db, [makeLine(1), makeLine(2)], 'mine');
    await saveDealPlan(db, {
      id: 'my-plan',
      name: 'My plan',
      date: '2026-11-20',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
      input: { customer: 'new', lines: [] },
    });
    const before = await countLocalData(db);
    // The deal plans are written last: failing there is "the window closed at 95 %".
    const put = vi.spyOn(db.dealPlans, 'put').mockRejectedValueOnce(new Error('window closed'));
    await expect(loadDemoData(db, '2026-11-25', '2026-11-25T09:00:00.000Z')).rejects.toThrow(
      'window closed',
    );
    put.mockRestore();
    expect(await countLocalData(db)).toEqual(before);
    expect((await db.invoiceLines.toArray()).map((l) => l.batchId)).toEqual(['mine', 'mine']);
    expect(await db.dealPlans.get('my-plan')).toBeDefined();
    expect(await db.leapActivities.count()).toBe(0);
    expect(await db.settings.get('demoLoadedAt')).toBeUndefined();
  });
});
