import {
  elevatePayout,
  type ElevateLevel,
  type ElevatePayoutResult,
  type ElevateRules,
} from '../../../shared/index';

export interface WhatIfInput {
  /** Revenue sold so far this quarter, and how much of it is on accelerated products. */
  readonly totalCents: number;
  readonly acceleratedCents: number;
  readonly targetCents: number;
  readonly level: ElevateLevel;
  /** Extra revenue the rep expects to sell. */
  readonly extraCents: number;
  readonly extraAccelerated: boolean;
}

/** Elevate payout with extra revenue added, through the program's own calculator. */
export function elevateWhatIf(input: WhatIfInput, rules: ElevateRules): ElevatePayoutResult {
  const extra = Math.max(0, Math.round(input.extraCents));
  const plain = input.totalCents - input.acceleratedCents + (input.extraAccelerated ? 0 : extra);
  const accelerated = input.acceleratedCents + (input.extraAccelerated ? extra : 0);
  return elevatePayout(
    {
      targetCents: input.targetCents,
      level: input.level,
      lines: [{ revenueCents: plain }, { revenueCents: accelerated, accelerator: true }],
    },
    rules,
  );
}

/**
 * Parses an amount typed in whole currency units ("2500", "2,500.50" in English, "2.500,50" in
 * German) into cents; empty or invalid → 0. Negative amounts count as 0.
 */
export function parseAmountToCents(text: string, decimalSeparator: string): number {
  const group = decimalSeparator === ',' ? /[.\s\u00a0\u202f']/g : /[,\s\u00a0\u202f']/g;
  const normal = text.trim().replace(group, '').replace(decimalSeparator, '.');
  if (!/^\d*(\.\d{0,2})?$/.test(normal) || normal === '' || normal === '.') return 0;
  return Math.round(Number(normal) * 100);
}

/** The decimal separator of a locale ("." or ","). */
export function decimalSeparator(locale: string): string {
  return (
    new Intl.NumberFormat(locale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value ?? '.'
  );
}
