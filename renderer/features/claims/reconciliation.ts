import {
  ACTIVE_CLAIM_STATUSES,
  type ClaimProgram,
  type ClaimStatus,
  type RulesByProgram,
  type SpiffResult,
} from '../../../shared/index';
import type { ClaimAggregateRow } from '../../db/index';
import { spiffForRep } from '../../data/programs';

/** earned → claimed → approved → paid, and rejected: the rep's quarter for one program. */
export const STAGES = ['earned', 'claimed', 'approved', 'paid', 'rejected'] as const;
export type Stage = (typeof STAGES)[number];

const STAGE_STATUSES: Readonly<Record<Stage, readonly ClaimStatus[]>> = {
  earned: [...ACTIVE_CLAIM_STATUSES],
  claimed: ['queued', 'submitted', 'approved', 'paid'],
  approved: ['approved', 'paid'],
  paid: ['paid'],
  rejected: ['rejected'],
};

export interface StageFigure {
  readonly stage: Stage;
  readonly claims: number;
  /** Minor units (SPIFF) or points (LEAP). */
  readonly amount: number;
}

export interface Reconciliation {
  readonly program: ClaimProgram;
  readonly stages: readonly StageFigure[];
}

function mine(rows: readonly ClaimAggregateRow[], repId: string, program: ClaimProgram) {
  return rows.filter((r) => r.repId === repId && r.program === program);
}

function count(
  rows: readonly ClaimAggregateRow[],
  stage: Stage,
): { claims: number; amount: number } {
  const statuses = STAGE_STATUSES[stage];
  let claims = 0;
  let amount = 0;
  for (const row of rows)
    if (statuses.includes(row.status)) {
      claims += row.claims;
      amount += row.amount;
    }
  return { claims, amount };
}

/** LEAP points by stage, straight from the claim aggregates. */
export function leapReconciliation(
  rows: readonly ClaimAggregateRow[],
  repId: string,
): Reconciliation {
  const own = mine(rows, repId, 'leap');
  return { program: 'leap', stages: STAGES.map((stage) => ({ stage, ...count(own, stage) })) };
}

/**
 * SPIFF by stage in USD. Earned comes from the calculator (per unit, shown before the cap, with its
 * explanation); claimed / approved / paid are capped the way they are paid.
 */
export function spiffReconciliation(
  rows: readonly ClaimAggregateRow[],
  repId: string,
  rules: RulesByProgram['spiff'],
): Reconciliation & { readonly earned: SpiffResult } {
  const own = mine(rows, repId, 'spiff');
  const breakdown = spiffForRep(rows, repId, rules);
  const amounts: Record<Stage, number> = {
    earned: breakdown.earned.earnedCents,
    claimed: breakdown.claimedCents,
    approved: breakdown.approvedCents,
    paid: breakdown.paidCents,
    rejected: breakdown.rejectedCents,
  };
  return {
    program: 'spiff',
    earned: breakdown.earned,
    stages: STAGES.map((stage) => ({
      stage,
      claims: count(own, stage).claims,
      amount: amounts[stage],
    })),
  };
}
