import {
  addMonths,
  endOfMonth,
  parseIsoDate,
  assertIsoDate,
  type IsoDate,
} from '../calendar/dates';
import { InputError } from '../errors';
import {
  applyBps,
  assertCents,
  BPS_PER_UNIT,
  minCents,
  mulDivRound,
  type Currency,
} from '../money/money';
import { ELEVATE_2019 } from '../rules/defaults';
import { ruleRef, type ElevateRules } from '../rules/schemas';
import { checkRules } from '../rules/validate';
import { optionalBoolean, requireArray, requireObject, requireOneOf } from './input';
import { step, type Explained, type Step } from './steps';

export type ElevateLevel = 'top' | 'entry' | 'closed';
export const ELEVATE_LEVELS: readonly ElevateLevel[] = ['top', 'entry', 'closed'];

export interface ElevateTargetInput {
  /** Revenue of the previous quarters, oldest first. Missing quarters count as 0. */
  readonly previousQuarterRevenueCents: readonly number[];
}

export interface ElevateTargetResult extends Explained {
  readonly currency: Currency;
  readonly averageCents: number;
  readonly targetCents: number;
  readonly clamp: 'floor' | 'cap' | null;
}

/** Elevate target (DOMAIN §2): average of the previous quarters + growth, within floor and cap. */
export function elevateTarget(
  input: ElevateTargetInput,
  rules: ElevateRules = ELEVATE_2019,
): ElevateTargetResult {
  checkRules('elevate', rules);
  requireObject(input, 'input');
  const given = requireArray<number>(
    input.previousQuarterRevenueCents,
    'previousQuarterRevenueCents',
  );
  const n = rules.lookbackQuarters;
  if (given.length > n) {
    throw new InputError(
      'too_many',
      'previousQuarterRevenueCents',
      `expected at most ${n} quarters, got ${given.length}`,
    );
  }
  const revenues = given.map((value, i) => assertCents(value, `previousQuarterRevenueCents[${i}]`));
  const steps: Step[] = [];
  const missing = n - revenues.length;
  if (missing > 0) steps.push(step('elevate.missingQuarters', { missing }, 0, 'cents'));
  const padded = [...new Array<number>(missing).fill(0), ...revenues];
  const sum = padded.reduce((a, b) => a + b, 0);
  padded.forEach((revenue, i) =>
    steps.push(step('elevate.quarterRevenue', { index: i + 1 }, revenue, 'cents')),
  );
  const average = mulDivRound(sum, 1, n);
  steps.push(step('elevate.average', { sumCents: sum, quarters: n }, average, 'cents'));
  // One rounding for the target: sum × (1 + growth) / n, not a rounded average grown again.
  const grown = mulDivRound(sum, BPS_PER_UNIT + rules.growthBps, n * BPS_PER_UNIT);
  steps.push(
    step(
      'elevate.growth',
      { sumCents: sum, growthBps: rules.growthBps, quarters: n },
      grown,
      'cents',
    ),
  );
  let target = grown;
  let clamp: ElevateTargetResult['clamp'] = null;
  if (grown < rules.targetFloorCents) {
    target = rules.targetFloorCents;
    clamp = 'floor';
    steps.push(
      step(
        'elevate.floor',
        { grownCents: grown, floorCents: rules.targetFloorCents },
        target,
        'cents',
      ),
    );
  } else if (grown > rules.targetCapCents) {
    target = rules.targetCapCents;
    clamp = 'cap';
    steps.push(
      step('elevate.cap', { grownCents: grown, capCents: rules.targetCapCents }, target, 'cents'),
    );
  }
  steps.push(step('elevate.target', {}, target, 'cents'));
  return {
    currency: rules.currency,
    averageCents: average,
    targetCents: target,
    clamp,
    rule: ruleRef(rules),
    steps,
  };
}

export interface ElevateLevelInput {
  readonly quarterStart: IsoDate;
  readonly acceptedOn: IsoDate;
}

/** The last day on which accepting the target still earns a level. */
export function elevateAcceptanceDeadlines(
  quarterStart: IsoDate,
  rules: ElevateRules = ELEVATE_2019,
): { top: IsoDate; entry: IsoDate } {
  checkRules('elevate', rules);
  const { year, month, day } = parseIsoDate(quarterStart, 'quarterStart');
  if (day !== 1)
    throw new InputError(
      'bad_date',
      'quarterStart',
      `a quarter starts on the 1st of a month, got "${quarterStart}"`,
    );
  const deadline = (n: number): IsoDate => {
    const last = addMonths(year, month, n - 1);
    return endOfMonth(last.year, last.month);
  };
  return {
    top: deadline(rules.levels.top.acceptByEndOfMonth),
    entry: deadline(rules.levels.entry.acceptByEndOfMonth),
  };
}

/**
 * The rebate level earned by accepting the target on a date: by the end of month 1 → top; by the
 * end of month 2 → entry; later → closed (not enrolled this quarter).
 */
export function elevateLevel(
  input: ElevateLevelInput,
  rules: ElevateRules = ELEVATE_2019,
): ElevateLevel {
  requireObject(input, 'input');
  const deadlines = elevateAcceptanceDeadlines(input.quarterStart, rules);
  const accepted = assertIsoDate(input.acceptedOn, 'acceptedOn');
  if (accepted < input.quarterStart) {
    throw new InputError(
      'out_of_range',
      'acceptedOn',
      `${accepted} is before the quarter starts (${input.quarterStart}); the target is not set yet`,
    );
  }
  if (accepted <= deadlines.top) return 'top';
  if (accepted <= deadlines.entry) return 'entry';
  return 'closed';
}

export interface ElevateLine {
  readonly revenueCents: number;
  /** A promoted product: its revenue counts multiplied (1 USD sold = 2 USD counted). */
  readonly accelerator?: boolean;
}

export interface ElevatePayoutInput {
  readonly targetCents: number;
  readonly level: ElevateLevel;
  readonly lines: readonly ElevateLine[];
}

export interface ElevatePayoutResult extends Explained {
  readonly currency: Currency;
  readonly actualCents: number;
  readonly acceleratedCents: number;
  readonly countedCents: number;
  readonly met: boolean;
  /** Counted revenue still needed to meet the target (0 once met). */
  readonly shortfallCents: number;
  readonly rateBps: number;
  /** Counted revenue the rebate is paid on: capped by the rule (0 below target). */
  readonly paidOnCents: number;
  /** The rebate on all counted revenue, so an over-achiever sees what the cap took. */
  readonly uncappedPayoutCents: number;
  readonly payoutCents: number;
}

/**
 * Elevate payout (DOMAIN §2): nothing below target; at or over it, the level rate on counted
 * revenue, with the counted revenue capped (seed 000 point 4).
 */
export function elevatePayout(
  input: ElevatePayoutInput,
  rules: ElevateRules = ELEVATE_2019,
): ElevatePayoutResult {
  checkRules('elevate', rules);
  requireObject(input, 'input');
  const target = assertCents(input.targetCents, 'targetCents');
  const level = requireOneOf(input.level, ELEVATE_LEVELS, 'level');
  const lines = requireArray<ElevateLine>(input.lines, 'lines');
  let actual = 0;
  let acceleratedActual = 0;
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    requireObject(line, `lines[${i}]`);
    const revenue = assertCents(line?.revenueCents, `lines[${i}].revenueCents`);
    actual += revenue;
    if (optionalBoolean(line?.accelerator, `lines[${i}].accelerator`)) acceleratedActual += revenue;
  }
  const steps: Step[] = [];
  const plain = actual - acceleratedActual;
  const acceleratedCounted = applyBps(acceleratedActual, rules.acceleratorMultiplierBps);
  const counted = plain + acceleratedCounted;
  if (!Number.isSafeInteger(counted)) throw new RangeError('elevatePayout: revenue out of range');
  steps.push(step('elevate.actual', {}, actual, 'cents'));
  // Counted revenue is shown as two parts that add up to it: what sold at face value, and the
  // accelerated products at their multiplier.
  if (acceleratedActual > 0) {
    steps.push(
      step(
        'elevate.plain',
        { actualCents: actual, acceleratedCents: acceleratedActual },
        plain,
        'cents',
      ),
    );
    steps.push(
      step(
        'elevate.accelerated',
        { acceleratedCents: acceleratedActual, multiplierBps: rules.acceleratorMultiplierBps },
        acceleratedCounted,
        'cents',
      ),
    );
  }
  steps.push(
    step(
      'elevate.counted',
      { plainCents: plain, acceleratedCountedCents: acceleratedCounted },
      counted,
      'cents',
    ),
  );
  const met = counted >= target;
  steps.push(step('elevate.met', { countedCents: counted, targetCents: target }, met, 'flag'));
  const rateBps = level === 'closed' ? 0 : rules.levels[level].rateBps;
  steps.push(step('elevate.level', { level }, rateBps, 'bps'));
  // Seed 000 point 4: over-achievement earns more, up to the cap on counted revenue.
  const revenueCap = rules.countedRevenueCapCents;
  const paidOn = met ? (revenueCap === undefined ? counted : minCents(counted, revenueCap)) : 0;
  if (met && revenueCap !== undefined && counted > revenueCap)
    steps.push(
      step('elevate.revenueCap', { countedCents: counted, capCents: revenueCap }, paidOn, 'cents'),
    );
  const uncapped = met ? applyBps(counted, rateBps) : 0;
  const rebate = met ? applyBps(paidOn, rateBps) : 0;
  if (met) steps.push(step('elevate.rebate', { paidOnCents: paidOn, rateBps }, rebate, 'cents'));
  // Older rule versions capped the payout itself; kept so results under them still explain.
  const payout =
    rules.payoutCapCents === undefined ? rebate : minCents(rebate, rules.payoutCapCents);
  if (payout < rebate)
    steps.push(
      step(
        'elevate.payoutCap',
        { uncappedCents: rebate, capCents: rules.payoutCapCents ?? 0 },
        payout,
        'cents',
      ),
    );
  steps.push(step('elevate.payout', {}, payout, 'cents'));
  return {
    currency: rules.currency,
    actualCents: actual,
    acceleratedCents: acceleratedActual,
    countedCents: counted,
    met,
    shortfallCents: met ? 0 : target - counted,
    rateBps,
    paidOnCents: paidOn,
    uncappedPayoutCents: uncapped,
    payoutCents: payout,
    rule: ruleRef(rules),
    steps,
  };
}
