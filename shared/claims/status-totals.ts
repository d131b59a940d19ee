import { maxCents, minCents, type Currency } from '../money/money';
import { ruleRef } from '../rules/programs';
import type { SpiffRules } from '../rules/schemas';
import { step, type Explained, type Step } from '../calculators/steps';
import type { ClaimStatus } from './claim-status';

/**
 * Claim figures by status, and what each headline figure counts. A rep must be able to trace
 * "earned" and "payable" row by row, so every status is listed (drafts and withdrawn too) and
 * each figure names the statuses it sums.
 */
export const STATUS_ORDER: readonly ClaimStatus[] = [
  'draft',
  'queued',
  'submitted',
  'approved',
  'paid',
  'rejected',
  'withdrawn',
];

/** Claimed and not refused: what the rep has earned so far. Drafts are not claimed yet. */
export const EARNED_STATUSES: readonly ClaimStatus[] = ['queued', 'submitted', 'approved', 'paid'];

export interface StatusRow {
  readonly status: ClaimStatus;
  readonly claims: number;
  /** Minor units (SPIFF, NCB) or points (LEAP), before any cap. */
  readonly amount: number;
}

/** One row per status, in the claim's order of life, summed from any rows carrying a status. */
export function statusTotals(
  rows: Iterable<{
    readonly status: ClaimStatus;
    readonly claims: number;
    readonly amount: number;
  }>,
): StatusRow[] {
  const totals = new Map<ClaimStatus, { claims: number; amount: number }>(
    STATUS_ORDER.map((s) => [s, { claims: 0, amount: 0 }]),
  );
  for (const row of rows) {
    const total = totals.get(row.status);
    if (!total) continue;
    total.claims += row.claims;
    total.amount += row.amount;
  }
  return STATUS_ORDER.map((status) => ({
    status,
    ...(totals.get(status) ?? { claims: 0, amount: 0 }),
  }));
}

export function sumOf(totals: readonly StatusRow[], statuses: readonly ClaimStatus[]): number {
  return totals.filter((t) => statuses.includes(t.status)).reduce((s, t) => s + t.amount, 0);
}

/** The status rows as explanation steps: counted ones, then the ones left out. */
export function statusSteps(totals: readonly StatusRow[], counted: readonly ClaimStatus[]): Step[] {
  return totals
    .filter((t) => t.claims > 0)
    .map((t) =>
      step(
        counted.includes(t.status) ? 'claims.status' : 'claims.statusNotCounted',
        { status: t.status, claims: t.claims },
        t.amount,
        'cents',
      ),
    );
}

export interface SpiffPayableResult extends Explained {
  readonly currency: Currency;
  readonly earnedCents: number;
  readonly payableCents: number;
  readonly cappedCents: number;
  readonly remainingToCapCents: number;
}

/**
 * One rep's SPIFF for a quarter from its claims by status: earned is the sum of the claimed
 * statuses (never drafts, rejected or withdrawn), payable is earned up to the quarterly cap.
 */
export function spiffPayable(
  totals: readonly StatusRow[],
  rules: SpiffRules,
  paidBeforeCents = 0,
): SpiffPayableResult {
  const earned = sumOf(totals, EARNED_STATUSES);
  const steps: Step[] = statusSteps(totals, EARNED_STATUSES);
  steps.push(step('spiff.earned', {}, earned, 'cents'));
  const cap = rules.capCentsPerQuarter;
  const roomLeft = maxCents(0, cap - paidBeforeCents);
  if (paidBeforeCents > 0)
    steps.push(
      step(
        'spiff.paidBefore',
        { paidThisQuarterCents: paidBeforeCents, capCents: cap },
        roomLeft,
        'cents',
      ),
    );
  const payable = minCents(earned, roomLeft);
  steps.push(
    step(
      'spiff.payable',
      { earnedCents: earned, roomLeftCents: roomLeft, capCents: cap },
      payable,
      'cents',
    ),
  );
  if (earned > payable)
    steps.push(
      step(
        'spiff.capped',
        { earnedCents: earned, payableCents: payable },
        earned - payable,
        'cents',
      ),
    );
  return {
    currency: rules.currency,
    earnedCents: earned,
    payableCents: payable,
    cappedCents: earned - payable,
    remainingToCapCents: roomLeft - payable,
    rule: ruleRef(rules),
    steps,
  };
}
