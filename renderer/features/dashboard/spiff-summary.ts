import type { RuleRef, SpiffRules, Step } from '../../../shared/index';
import type { ClaimAggregateRow } from '../../db/index';
import { spiffForRep } from '../../data/programs';

/** SPIFF of one rep, or a team's total (each rep capped on their own, then summed). */
export interface SpiffSummary {
  readonly reps: number;
  readonly earnedCents: number;
  readonly payableCents: number;
  readonly cappedCents: number;
  /** The cap that applies: per rep × number of reps. */
  readonly capCents: number;
  readonly remainingToCapCents: number;
  readonly claimedCents: number;
  readonly approvedCents: number;
  readonly paidCents: number;
  readonly rejectedCents: number;
  readonly steps: readonly Step[];
  readonly rule: RuleRef;
}

export function spiffSummary(
  claims: readonly ClaimAggregateRow[],
  repIds: readonly string[],
  rules: SpiffRules,
): SpiffSummary {
  const perRep = repIds.map((id) => spiffForRep(claims, id, rules));
  const sum = (pick: (r: (typeof perRep)[number]) => number) =>
    perRep.reduce((total, r) => total + pick(r), 0);
  const capCents = rules.capCentsPerQuarter * perRep.length;
  const payableCents = sum((r) => r.earned.payableCents);
  return {
    reps: perRep.length,
    earnedCents: sum((r) => r.earned.earnedCents),
    payableCents,
    cappedCents: sum((r) => r.earned.cappedCents),
    capCents,
    remainingToCapCents: sum((r) => r.earned.remainingToCapCents),
    claimedCents: sum((r) => r.claimedCents),
    approvedCents: sum((r) => r.approvedCents),
    paidCents: sum((r) => r.paidCents),
    rejectedCents: sum((r) => r.rejectedCents),
    steps: perRep.flatMap((r) => r.earned.steps),
    rule: perRep[0]?.earned.rule ?? {
      program: rules.program,
      version: rules.version,
      effectiveFrom: rules.effectiveFrom,
    },
  };
}
