import type { PartnerRewardsDb } from './database';
import type { ClaimAggregateRow, WeeklyAggregateRow, LineAggregateRow } from './rows';

/**
 * The dashboard's reads: a quarter's aggregates, never the invoice lines themselves. A quarter
 * with 100,000 lines has at most a few hundred aggregate rows.
 */
export interface QuarterSummary {
  readonly quarter: string;
  readonly lines: readonly LineAggregateRow[];
  readonly claims: readonly ClaimAggregateRow[];
}

export async function quarterSummary(
  db: PartnerRewardsDb,
  quarter: string,
): Promise<QuarterSummary> {
  return db.transaction('r', db.lineAggregates, db.claimAggregates, async () => ({
    quarter,
    lines: await db.lineAggregates.where('quarter').equals(quarter).toArray(),
    claims: await db.claimAggregates.where('quarter').equals(quarter).toArray(),
  }));
}

/** Line aggregates of several quarters (e.g. the four before Elevate's target quarter). */
export async function lineAggregatesFor(
  db: PartnerRewardsDb,
  quarters: readonly string[],
): Promise<LineAggregateRow[]> {
  return db.lineAggregates
    .where('quarter')
    .anyOf([...quarters])
    .toArray();
}

/** Revenue per partner, currency and day of a quarter: the charts' reads. */
export async function weeklyAggregatesFor(
  db: PartnerRewardsDb,
  quarter: string,
): Promise<WeeklyAggregateRow[]> {
  return db.weeklyAggregates.where('quarter').equals(quarter).toArray();
}
