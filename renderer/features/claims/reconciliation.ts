import {
  EARNED_STATUSES,
  statusTotals,
  sumOf,
  type ClaimProgram,
  type ClaimStatus,
  type RulesByProgram,
  type SpiffPayableResult,
  type StatusRow,
} from '../../../shared/index';
import type { ClaimAggregateRow } from '../../db/index';
import { spiffForRep } from '../../data/programs';

/**
 * The rep's quarter for one program, status by status (every status, drafts included), and the
 * headline figures with the statuses each one sums, so "earned" can be traced row by row.
 */
export interface Reconciliation {
  readonly program: ClaimProgram;
  readonly rows: readonly StatusRow[];
}

/** LEAP points only reach the balance once approved. */
export const LEAP_CREDITED_STATUSES: readonly ClaimStatus[] = ['approved', 'paid'];

function mine(rows: readonly ClaimAggregateRow[], repId: string, program: ClaimProgram) {
  return rows.filter((r) => r.repId === repId && r.program === program);
}

export function leapReconciliation(
  rows: readonly ClaimAggregateRow[],
  repId: string,
): Reconciliation & { readonly claimedPoints: number; readonly creditedPoints: number } {
  const totals = statusTotals(mine(rows, repId, 'leap'));
  return {
    program: 'leap',
    rows: totals,
    claimedPoints: sumOf(totals, EARNED_STATUSES),
    creditedPoints: sumOf(totals, LEAP_CREDITED_STATUSES),
  };
}

/** SPIFF in USD: earned (claimed statuses) and payable (earned up to the cap), explained. */
export function spiffReconciliation(
  rows: readonly ClaimAggregateRow[],
  repId: string,
  rules: RulesByProgram['spiff'],
): Reconciliation & { readonly earned: SpiffPayableResult } {
  const breakdown = spiffForRep(rows, repId, rules);
  return { program: 'spiff', rows: breakdown.totals, earned: breakdown.earned };
}
