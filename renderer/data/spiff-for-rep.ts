// Direct paths, not shared/index: this file is in the start-up paint's small first module.
import {
  spiffPayable,
  statusTotals,
  sumOf,
  EARNED_STATUSES,
  type SpiffPayableResult,
  type StatusRow,
} from '../../shared/claims/status-totals';
import type { RulesByProgram } from '../../shared/rules/schemas';
import type { ClaimAggregateRow } from '../db/index';

export interface SpiffStatusBreakdown {
  /** Claims by status, every status listed (drafts and withdrawn too). */
  readonly totals: readonly StatusRow[];
  /**
   * Earned = claimed statuses (waiting to be sent, submitted, approved, paid), never drafts;
   * payable = earned up to the quarterly cap. Explained status by status.
   */
  readonly earned: SpiffPayableResult;
  /** Sent or waiting to be sent: queued, submitted, approved, paid (capped as paid). */
  readonly claimedCents: number;
  readonly approvedCents: number;
  readonly paidCents: number;
  readonly rejectedCents: number;
}

export function spiffForRep(
  claims: readonly ClaimAggregateRow[],
  repId: string,
  rules: RulesByProgram['spiff'],
): SpiffStatusBreakdown {
  const totals = statusTotals(claims.filter((c) => c.program === 'spiff' && c.repId === repId));
  const cap = (cents: number) => Math.min(cents, rules.capCentsPerQuarter);
  return {
    totals,
    earned: spiffPayable(totals, rules),
    claimedCents: cap(sumOf(totals, EARNED_STATUSES)),
    approvedCents: cap(sumOf(totals, ['approved', 'paid'])),
    paidCents: cap(sumOf(totals, ['paid'])),
    rejectedCents: sumOf(totals, ['rejected']),
  };
}
