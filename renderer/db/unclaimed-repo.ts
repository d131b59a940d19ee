import Dexie from 'dexie';
import type { PartnerRewardsDb } from './database';
import { listInvoiceLines } from './invoices-repo';
import type { ClaimAggregateRow, ClaimRow, InvoiceRow, LineAggregateRow } from './rows';

/**
 * Reads for "not yet claimed". The dashboard reads only aggregates (a few hundred rows per
 * quarter, whatever the number of lines); the claims screen's unclaimed view reads the lines.
 */

export interface WindowAggregates {
  readonly lines: readonly LineAggregateRow[];
  readonly claims: readonly ClaimAggregateRow[];
}

/** Line and claim aggregates of the given quarters (those with an open or just-closed window). */
export async function windowAggregates(
  db: PartnerRewardsDb,
  quarters: readonly string[],
): Promise<WindowAggregates> {
  return db.transaction('r', db.lineAggregates, db.claimAggregates, async () => ({
    lines: await db.lineAggregates
      .where('quarter')
      .anyOf([...quarters])
      .toArray(),
    claims: await db.claimAggregates
      .where('quarter')
      .anyOf([...quarters])
      .toArray(),
  }));
}

export interface WindowLines {
  readonly lines: readonly InvoiceRow[];
  /** Every claim on these quarters' lines, anyone's, any status. */
  readonly claims: readonly ClaimRow[];
}

/** The lines and claims of the given quarters, through the [quarter+…] indexes. */
export async function windowLines(
  db: PartnerRewardsDb,
  quarters: readonly string[],
): Promise<WindowLines> {
  const lines = (
    await Promise.all(quarters.map((quarter) => listInvoiceLines(db, { quarter })))
  ).flat();
  const claims = (
    await Promise.all(
      quarters.map((quarter) =>
        db.claims
          .where('[quarter+repId]')
          .between([quarter, Dexie.minKey], [quarter, Dexie.maxKey], true, true)
          .toArray(),
      ),
    )
  ).flat();
  return { lines, claims };
}
