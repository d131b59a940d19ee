import type { PartnerRewardsDb } from './database';

/**
 * What a person would lose if this computer's data were replaced: the figures a "replace
 * everything?" question must name. Counts only (indexed), so asking is instant at any size.
 */
export interface LocalDataCounts {
  readonly invoiceLines: number;
  readonly claims: number;
  /** Local changes the server has not acknowledged yet: lost for good if replaced. */
  readonly unsent: number;
  readonly dealPlans: number;
  readonly leapEntries: number;
  readonly imports: number;
}

export async function countLocalData(db: PartnerRewardsDb): Promise<LocalDataCounts> {
  return db.transaction(
    'r',
    [
      db.invoiceLines,
      db.claims,
      db.outbox,
      db.dealPlans,
      db.leapActivities,
      db.leapRedemptions,
      db.leapAwards,
      db.importBatches,
    ],
    async () => {
      const [invoiceLines, claims, unsent, dealPlans, activities, redemptions, awards, imports] =
        await Promise.all([
          db.invoiceLines.count(),
          db.claims.count(),
          db.outbox.count(),
          db.dealPlans.count(),
          db.leapActivities.count(),
          db.leapRedemptions.count(),
          db.leapAwards.count(),
          db.importBatches.count(),
        ]);
      return {
        invoiceLines,
        claims,
        unsent,
        dealPlans,
        leapEntries: activities + redemptions + awards,
        imports,
      };
    },
  );
}

export function hasLocalData(counts: LocalDataCounts): boolean {
  return Object.values(counts).some((n) => n > 0);
}
