import type { LoyaltyRules } from '../../../shared/index';

export interface LadderRow {
  readonly index: number;
  readonly minUnits: number;
  /** Last unit count of the tier; null for the top tier. */
  readonly maxUnits: number | null;
  readonly perUnitCents: number;
  /** The quarter's rebate at exactly the tier's first unit count. */
  readonly atThresholdCents: number;
}

/** The tier table of the loyalty rules, with each tier's range and its rebate at the threshold. */
export function tierLadder(rules: LoyaltyRules): LadderRow[] {
  return rules.tiers.map((tier, index) => {
    const next = rules.tiers[index + 1];
    return {
      index,
      minUnits: tier.minUnits,
      maxUnits: next ? next.minUnits - 1 : null,
      perUnitCents: tier.perUnitCents,
      atThresholdCents: tier.minUnits * tier.perUnitCents,
    };
  });
}
