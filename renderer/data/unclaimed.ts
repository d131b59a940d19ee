import {
  ACTIVE_CLAIM_STATUSES,
  parseQuarterKey,
  quarterStart,
  unclaimedValue,
  UNCLAIMED_PROGRAMS,
  type Family,
  type IsoDate,
  type UnclaimedLineInput,
  type UnclaimedResult,
  type UnclaimedRules,
} from '../../shared/index';
import type { ClaimAggregateRow, ClaimRow, InvoiceRow, WindowAggregates } from '../db/index';

/**
 * From stored rows to "not yet claimed", through the shared calculator. Two doors onto the same
 * calculator: lines + claims (the claims screen) and aggregates (the dashboard, which must not
 * read every line). They agree whenever each claim's units are its line's quantity (a line
 * corrected after it was claimed is the exception: the aggregates then differ by the correction).
 */

/** SPIFF the rep holds in active claims per quarter: what the cap check counts. */
export function spiffHeldByQuarter(
  claims: readonly (ClaimAggregateRow | ClaimRow)[],
  repId: string,
): Record<string, number> {
  const held: Record<string, number> = {};
  for (const c of claims)
    if (c.program === 'spiff' && c.repId === repId && ACTIVE_CLAIM_STATUSES.has(c.status))
      held[c.quarter] = (held[c.quarter] ?? 0) + c.amount;
  return held;
}

/**
 * One group per quarter × family × program: the quarter's lines minus the lines an active claim
 * holds for that program (one claim holds one line, so claims count lines). Dated on the quarter's
 * first day: a line's claim deadline depends only on its quarter.
 */
export function groupsFromAggregates(aggregates: WindowAggregates): UnclaimedLineInput[] {
  const sold = new Map<string, { lines: number; units: number }>();
  for (const row of aggregates.lines) {
    const key = `${row.quarter}|${row.family}`;
    const entry = sold.get(key) ?? { lines: 0, units: 0 };
    entry.lines += row.lines;
    entry.units += row.units;
    sold.set(key, entry);
  }
  const held = new Map<string, { lines: number; units: number }>();
  for (const row of aggregates.claims) {
    if (!ACTIVE_CLAIM_STATUSES.has(row.status)) continue;
    const key = `${row.quarter}|${row.family}|${row.program}`;
    const entry = held.get(key) ?? { lines: 0, units: 0 };
    entry.lines += row.claims;
    entry.units += row.units;
    held.set(key, entry);
  }
  const groups: UnclaimedLineInput[] = [];
  for (const [key, s] of [...sold].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [quarter, family] = key.split('|') as [string, Family];
    const date: IsoDate = quarterStart(parseQuarterKey(quarter));
    for (const program of UNCLAIMED_PROGRAMS) {
      const h = held.get(`${key}|${program}`);
      const lineCount = Math.max(0, s.lines - (h?.lines ?? 0));
      const quantity = Math.max(0, s.units - (h?.units ?? 0));
      if (lineCount === 0 || quantity === 0) continue;
      groups.push({
        key: `${key}|${program}`,
        date,
        family,
        quantity,
        lineCount,
        programs: [program],
      });
    }
  }
  return groups;
}

export function unclaimedFromAggregates(
  aggregates: WindowAggregates,
  repId: string,
  today: IsoDate,
  rules: UnclaimedRules,
): UnclaimedResult {
  return unclaimedValue(
    {
      today,
      lines: groupsFromAggregates(aggregates),
      spiffHeldCents: spiffHeldByQuarter(aggregates.claims, repId),
    },
    rules,
  );
}

export function unclaimedFromLines(
  lines: readonly InvoiceRow[],
  claims: readonly ClaimRow[],
  repId: string,
  today: IsoDate,
  rules: UnclaimedRules,
): UnclaimedResult {
  return unclaimedValue(
    {
      today,
      lines,
      claims,
      spiffHeldCents: spiffHeldByQuarter(claims, repId),
    },
    rules,
  );
}
