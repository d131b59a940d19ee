import { assertFamily, FAMILIES, type Family } from '../catalog/families';
import { assertCents, maxCents, minCents, type Currency } from '../money/money';
import { SPIFF_2017 } from '../rules/defaults';
import { ruleRef, type SpiffRules } from '../rules/schemas';
import { checkRules } from '../rules/validate';
import { requireArray, requireCount, requireObject } from './input';
import { step, type Explained, type Step } from './steps';

export interface SpiffLine {
  readonly family: Family;
  readonly quantity: number;
}

export interface SpiffInput {
  readonly lines: readonly SpiffLine[];
  /** Already paid (or payable) to this rep this quarter: it counts against the same cap. */
  readonly paidThisQuarterCents?: number;
}

export interface SpiffResult extends Explained {
  readonly currency: Currency;
  readonly unitsByFamily: Readonly<Partial<Record<Family, number>>>;
  readonly earnedCents: number;
  readonly payableCents: number;
  /** Earned beyond the cap: shown, never silently dropped. */
  readonly cappedCents: number;
  readonly remainingToCapCents: number;
}

/**
 * SPIFF for one rep and one quarter (DOMAIN §1): a fixed amount per eligible unit, capped per
 * quarter. Lines are grouped by family, so the result does not depend on line order.
 */
export function spiffEarnings(input: SpiffInput, rules: SpiffRules = SPIFF_2017): SpiffResult {
  checkRules('spiff', rules);
  requireObject(input, 'input');
  const lines = requireArray<SpiffLine>(input.lines, 'lines');
  const paid =
    input.paidThisQuarterCents === undefined
      ? 0
      : assertCents(input.paidThisQuarterCents, 'paidThisQuarterCents');

  const units: Partial<Record<Family, number>> = {};
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    requireObject(line, `lines[${i}]`);
    const family = assertFamily(line?.family, `lines[${i}].family`);
    const quantity = requireCount(line?.quantity, `lines[${i}].quantity`);
    units[family] = (units[family] ?? 0) + quantity;
  }

  const steps: Step[] = [];
  let earned = 0;
  for (const family of FAMILIES) {
    const count = units[family];
    if (count === undefined) continue;
    const rate = rules.perUnitCents[family];
    const amount = count * rate;
    earned += amount;
    steps.push(
      step(
        'spiff.family',
        { family, units: count, perUnitCents: rate, eligible: rate > 0 },
        amount,
        'cents',
      ),
    );
  }
  if (!Number.isSafeInteger(earned)) throw new RangeError('spiffEarnings: total out of range');
  steps.push(step('spiff.earned', {}, earned, 'cents'));

  const cap = rules.capCentsPerQuarter;
  const roomLeft = maxCents(0, cap - paid);
  const payable = minCents(earned, roomLeft);
  const capped = earned - payable;
  if (paid > 0)
    steps.push(
      step('spiff.paidBefore', { paidThisQuarterCents: paid, capCents: cap }, roomLeft, 'cents'),
    );
  steps.push(
    step(
      'spiff.payable',
      { earnedCents: earned, roomLeftCents: roomLeft, capCents: cap },
      payable,
      'cents',
    ),
  );
  if (capped > 0)
    steps.push(
      step('spiff.capped', { earnedCents: earned, payableCents: payable }, capped, 'cents'),
    );

  return {
    currency: rules.currency,
    unitsByFamily: units,
    earnedCents: earned,
    payableCents: payable,
    cappedCents: capped,
    remainingToCapCents: roomLeft - payable,
    rule: ruleRef(rules),
    steps,
  };
}
