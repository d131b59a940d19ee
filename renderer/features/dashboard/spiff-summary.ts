// Direct paths, not shared/index: this file is in the start-up paint's small first module.
import { step, type Step } from '../../../shared/calculators/steps';
import {
  statusSteps,
  statusTotals,
  EARNED_STATUSES,
  type StatusRow,
} from '../../../shared/claims/status-totals';
import type { RuleRef, SpiffRules } from '../../../shared/rules/schemas';
import type { ClaimAggregateRow } from '../../db/index';
import { spiffForRep } from '../../data/spiff-for-rep';

/**
 * SPIFF of one rep, or a team's total (each rep capped on their own, then summed). Every figure
 * is a sum of the statuses it names: `byStatus` lists them all, and payable never counts drafts.
 */
export interface SpiffSummary {
  readonly reps: number;
  readonly byStatus: readonly StatusRow[];
  /** Waiting to be sent + submitted + approved + paid, before the cap. */
  readonly earnedCents: number;
  readonly payableCents: number;
  readonly cappedCents: number;
  /** The cap that applies: per rep × number of reps. */
  readonly capCents: number;
  readonly remainingToCapCents: number;
  readonly steps: readonly Step[];
  readonly rule: RuleRef;
}

export function spiffSummary(
  claims: readonly ClaimAggregateRow[],
  reps: readonly { readonly id: string; readonly name: string }[],
  rules: SpiffRules,
): SpiffSummary {
  const perRep = reps.map((rep) => ({ rep, ...spiffForRep(claims, rep.id, rules) }));
  const sum = (pick: (r: (typeof perRep)[number]) => number) =>
    perRep.reduce((total, r) => total + pick(r), 0);
  const ids = new Set(reps.map((r) => r.id));
  const byStatus = statusTotals(claims.filter((c) => c.program === 'spiff' && ids.has(c.repId)));
  const payableCents = sum((r) => r.earned.payableCents);
  const only = perRep.length === 1 ? perRep[0] : undefined;
  // One rep: the rep's own explanation. A team: its claims by status, then each rep's payable
  // (capped on its own) and their sum, so the parts shown add up to the figure.
  const steps: Step[] = only
    ? [...only.earned.steps]
    : [
        ...statusSteps(byStatus, EARNED_STATUSES),
        ...perRep.map((r) =>
          step(
            'spiff.repPayable',
            {
              rep: r.rep.name,
              earnedCents: r.earned.earnedCents,
              capCents: rules.capCentsPerQuarter,
            },
            r.earned.payableCents,
            'cents',
          ),
        ),
        step('spiff.teamPayable', { reps: perRep.length }, payableCents, 'cents'),
      ];
  return {
    reps: perRep.length,
    byStatus,
    earnedCents: sum((r) => r.earned.earnedCents),
    payableCents,
    cappedCents: sum((r) => r.earned.cappedCents),
    capCents: rules.capCentsPerQuarter * perRep.length,
    remainingToCapCents: sum((r) => r.earned.remainingToCapCents),
    steps,
    rule: { program: rules.program, version: rules.version, effectiveFrom: rules.effectiveFrom },
  };
}
