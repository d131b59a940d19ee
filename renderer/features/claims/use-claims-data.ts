import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { db } from '../../data/db';
import {
  listClaims,
  listInvoiceLines,
  quarterSummary,
  type ClaimRow,
  type InvoiceRow,
} from '../../db/index';
import type { QuarterSummary } from '../../db/index';
import { claimsByLine, type LineClaims } from './line-claims';

export interface ClaimsData {
  /** undefined while loading. */
  readonly lines: readonly InvoiceRow[] | undefined;
  readonly claims: readonly ClaimRow[];
  readonly byLine: ReadonlyMap<string, LineClaims>;
  readonly summary: QuarterSummary | undefined;
}

const NO_CLAIMS: readonly ClaimRow[] = [];

/** The quarter's lines, claims and aggregates as three independent live queries. */

/**
 * Claims are read per rep through the [quarter+repId] index, so a live query re-runs only when a
 * claim of this quarter changes (not on every write elsewhere) and never scans the whole table.
 */
export function useClaimsData(quarter: string, repIds: readonly string[]): ClaimsData {
  const reps = repIds.join('\u001f');
  const lines = useLiveQuery(() => listInvoiceLines(db, { quarter }), [quarter]);
  const claims =
    useLiveQuery(
      async () =>
        (
          await Promise.all(
            (reps ? reps.split('\u001f') : []).map((repId) => listClaims(db, { quarter, repId })),
          )
        ).flat(),
      [quarter, reps],
    ) ?? NO_CLAIMS;
  const summary = useLiveQuery(() => quarterSummary(db, quarter), [quarter]);
  const byLine = useMemo(() => claimsByLine(claims), [claims]);
  return { lines, claims, byLine, summary };
}
