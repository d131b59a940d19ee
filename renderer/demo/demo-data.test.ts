import { afterEach, describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, FAMILIES } from '../../shared/index';
import {
  recountClaimAggregates,
  recountWeeklyAggregates,
  recountLineAggregates,
  type PartnerRewardsDb,
} from '../db/index';
import { freshDb } from '../db/test-support';
import { clearAllData, loadDemoData } from './demo-data';

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
