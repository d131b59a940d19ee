import {
  elevateAcceptanceDeadlines,
  elevatePayout,
  elevateTarget,
  isClientSystem,
  loyaltyRebate,
  parseQuarterKey,
  previousQuarters,
  quarterKey,
  quarterStart,
  step,
  type ElevatePayoutResult,
  type Explained,
  type ElevateTargetResult,
  type IsoDate,
  type LoyaltyResult,
  type RulesByProgram,
} from '../../shared/index';
import type { ElevateEnrolmentRow, LineAggregateRow } from '../db/index';

/**
 * From stored aggregates to program results, through the shared calculators. Pure: the screens'
 * hooks feed these with live queries; tests feed them with rows.
 */

export { spiffForRep, type SpiffStatusBreakdown } from './spiff-for-rep';

/** USD revenue of one partner in one quarter from the line aggregates. */
export function partnerRevenue(
  lines: readonly LineAggregateRow[],
  partnerId: string,
  quarter: string,
): { totalCents: number; acceleratedCents: number } {
  let total = 0;
  let accelerated = 0;
  for (const row of lines) {
    if (row.partnerId !== partnerId || row.quarter !== quarter || row.currency !== 'USD') continue;
    total += row.revenueCents;
    if (row.accelerator) accelerated += row.revenueCents;
  }
  return { totalCents: total, acceleratedCents: accelerated };
}

export interface ElevateView {
  readonly quarter: string;
  readonly previous: readonly { quarter: string; revenueCents: number }[];
  /** The target the shared calculator derives from the previous quarters. */
  readonly target: ElevateTargetResult;
  /** The target the vendor set for this quarter, which replaces the derived one. */
  readonly vendorTarget: { readonly targetCents: number; readonly setAt: string } | undefined;
  /** The target in force: the accepted one, else the vendor's, else the derived one. */
  readonly targetCents: number;
  readonly payout: ElevatePayoutResult;
  readonly enrolment: ElevateEnrolmentRow | undefined;
  readonly deadlines: { top: IsoDate; entry: IsoDate };
  /** Days left to accept at the best level still open; null once both have closed. */
  readonly daysLeftToAccept: number | null;
  readonly openLevel: 'top' | 'entry' | null;
}

export function elevateView(
  lines: readonly LineAggregateRow[],
  partnerId: string,
  quarter: string,
  enrolment: ElevateEnrolmentRow | undefined,
  rules: RulesByProgram['elevate'],
  today: IsoDate,
  vendorTarget?: { readonly targetCents: number; readonly setAt: string },
): ElevateView {
  const q = parseQuarterKey(quarter);
  const previous = previousQuarters(q, rules.lookbackQuarters).map((p) => {
    const key = quarterKey(p);
    return { quarter: key, revenueCents: partnerRevenue(lines, partnerId, key).totalCents };
  });
  const target = elevateTarget(
    { previousQuarterRevenueCents: previous.map((p) => p.revenueCents) },
    rules,
  );
  const targetCents = enrolment?.targetCents ?? vendorTarget?.targetCents ?? target.targetCents;
  const revenue = partnerRevenue(lines, partnerId, quarter);
  const level = enrolment?.level ?? 'closed';
  const payout = elevatePayout(
    {
      targetCents,
      level,
      lines: [
        { revenueCents: revenue.totalCents - revenue.acceleratedCents },
        { revenueCents: revenue.acceleratedCents, accelerator: true },
      ],
    },
    rules,
  );
  const deadlines = elevateAcceptanceDeadlines(quarterStart(q), rules);
  const openLevel = today <= deadlines.top ? 'top' : today <= deadlines.entry ? 'entry' : null;
  const daysLeft = openLevel
    ? Math.round((Date.parse(deadlines[openLevel]) - Date.parse(today)) / 86_400_000)
    : null;
  return {
    quarter,
    previous,
    target,
    vendorTarget: vendorTarget
      ? { targetCents: vendorTarget.targetCents, setAt: vendorTarget.setAt }
      : undefined,
    targetCents,
    payout,
    enrolment,
    deadlines,
    daysLeftToAccept: enrolment ? null : daysLeft,
    openLevel: enrolment ? null : openLevel,
  };
}

/**
 * How the target in force came about, adding up to `view.targetCents`: the accepted target, the
 * vendor's, or the shared calculator's own steps from the previous quarters.
 */
export function targetInForceExplained(view: ElevateView): Explained {
  const { rule } = view.target;
  if (view.enrolment)
    return {
      rule,
      steps: [
        step(
          'elevate.acceptedTarget',
          { acceptedOn: view.enrolment.acceptedOn },
          view.enrolment.targetCents,
          'cents',
        ),
      ],
    };
  if (view.vendorTarget)
    return {
      rule,
      steps: [
        step(
          'elevate.vendorTarget',
          { setOn: view.vendorTarget.setAt.slice(0, 10) },
          view.vendorTarget.targetCents,
          'cents',
        ),
      ],
    };
  return view.target;
}

/** Topseller client systems sold by the partner in the quarter, and the EUR rebate for them. */
export function loyaltyView(
  lines: readonly LineAggregateRow[],
  partnerId: string,
  quarter: string,
  rules: RulesByProgram['loyalty'],
): { units: number; result: LoyaltyResult } {
  const units = lines
    .filter(
      (r) =>
        r.partnerId === partnerId &&
        r.quarter === quarter &&
        r.topseller === 1 &&
        isClientSystem(r.family),
    )
    .reduce((sum, r) => sum + r.units, 0);
  return { units, result: loyaltyRebate({ units }, rules) };
}
