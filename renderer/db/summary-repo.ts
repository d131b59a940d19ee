import type { PartnerRewardsDb } from './database';
import type {
  ClaimAggregateRow,
  ClaimRow,
  InvoiceRow,
  LineAggregateRow,
  WeeklyAggregateRow,
} from './rows';

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

/** One rep's claims of a quarter with the invoice line each is on (the team's drill-down). */
export interface RepClaimLine {
  readonly claim: ClaimRow;
  readonly line: InvoiceRow | undefined;
}

export async function repClaimLines(
  db: PartnerRewardsDb,
  repId: string,
  quarter: string,
): Promise<RepClaimLine[]> {
  return db.transaction('r', db.claims, db.invoiceLines, async () => {
    const claims = await db.claims.where('[quarter+repId]').equals([quarter, repId]).toArray();
    const lines = await db.invoiceLines.bulkGet(claims.map((c) => c.lineKey));
    return claims
      .map((claim, i) => ({ claim, line: lines[i] }))
      .sort(
        (a, b) =>
          (a.line?.date ?? '').localeCompare(b.line?.date ?? '') ||
          a.claim.lineKey.localeCompare(b.claim.lineKey) ||
          a.claim.program.localeCompare(b.claim.program),
      );
  });
}

/** Claim aggregates of several quarters (a rep's quarter over quarter and year to date). */
export async function claimAggregatesFor(
  db: PartnerRewardsDb,
  quarters: readonly string[],
): Promise<ClaimAggregateRow[]> {
  return db.claimAggregates
    .where('quarter')
    .anyOf([...quarters])
    .toArray();
}
