import { type Currency } from '../money/money';
import { LOYALTY_2017 } from '../rules/defaults';
import { ruleRef, type LoyaltyRules } from '../rules/schemas';
import { checkRules } from '../rules/validate';
import { requireCount, requireObject } from './input';
import { step, type Explained } from './steps';

export interface LoyaltyInput {
  /** Topseller systems sold in the quarter. */
  readonly units: number;
}

export interface LoyaltyResult extends Explained {
  readonly currency: Currency;
  /** Index into rules.tiers of the tier reached. */
  readonly tierIndex: number;
  readonly perUnitCents: number;
  readonly totalCents: number;
  /** Units still needed to reach the next tier; null at the top tier. */
  readonly nextTierUnits: number | null;
  readonly nextTierPerUnitCents: number | null;
  /** What one more unit adds to the total (retroactive rates make this jump at a threshold). */
  readonly nextUnitValueCents: number;
  /**
   * The whole gain of reaching the next tier: its rebate at exactly its threshold minus the rebate
   * now (42 → 50 units: 50 × €15 − 42 × €10 = €330). What selling the missing units is worth,
   * which the next unit's value alone understates. Null at the top tier.
   */
  readonly nextTierGainCents: number | null;
}

function tierIndexFor(units: number, rules: LoyaltyRules): number {
  let index = 0;
  rules.tiers.forEach((tier, i) => {
    if (units >= tier.minUnits) index = i;
  });
  return index;
}

function totalFor(units: number, rules: LoyaltyRules): number {
  const tier = rules.tiers[tierIndexFor(units, rules)];
  return units * (tier?.perUnitCents ?? 0);
}

/** Topseller loyalty rebate (DOMAIN §3): the tier's rate applies to every unit of the quarter. */
export function loyaltyRebate(
  input: LoyaltyInput,
  rules: LoyaltyRules = LOYALTY_2017,
): LoyaltyResult {
  checkRules('loyalty', rules);
  requireObject(input, 'input');
  const units = requireCount(input.units, 'units');
  const tierIndex = tierIndexFor(units, rules);
  const tier = rules.tiers[tierIndex];
  const perUnit = tier?.perUnitCents ?? 0;
  const total = units * perUnit;
  const next = rules.tiers[tierIndex + 1];
  const nextUnitValue = totalFor(units + 1, rules) - total;
  const totalAtNext = next ? totalFor(next.minUnits, rules) : null;
  const nextTierGain = totalAtNext === null ? null : totalAtNext - total;
  const steps = [
    step(
      'loyalty.tier',
      { units, minUnits: tier?.minUnits ?? 0, tier: tierIndex },
      perUnit,
      'cents',
    ),
    step('loyalty.total', { units, perUnitCents: perUnit }, total, 'cents'),
    next
      ? step(
          'loyalty.nextTier',
          { units, nextMinUnits: next.minUnits, nextPerUnitCents: next.perUnitCents },
          next.minUnits - units,
          'units',
        )
      : step('loyalty.topTier', { units }, null, 'units'),
    ...(next && totalAtNext !== null && nextTierGain !== null
      ? [
          step(
            'loyalty.nextTierGain',
            {
              nextMinUnits: next.minUnits,
              nextPerUnitCents: next.perUnitCents,
              totalAtNextCents: totalAtNext,
              totalCents: total,
            },
            nextTierGain,
            'cents',
          ),
        ]
      : []),
    step(
      'loyalty.nextUnit',
      { unitsAfter: units + 1, totalAfterCents: total + nextUnitValue, totalCents: total },
      nextUnitValue,
      'cents',
    ),
  ];
  return {
    currency: rules.currency,
    tierIndex,
    perUnitCents: perUnit,
    totalCents: total,
    nextTierUnits: next ? next.minUnits - units : null,
    nextTierPerUnitCents: next ? next.perUnitCents : null,
    nextUnitValueCents: nextUnitValue,
    nextTierGainCents: nextTierGain,
    rule: ruleRef(rules),
    steps,
  };
}
