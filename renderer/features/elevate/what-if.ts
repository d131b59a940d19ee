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

export interface WhatIfGains {
  /** The payout at the assumed level with nothing extra sold. */
  readonly atLevel: ElevatePayoutResult;
  /** The payout at the assumed level with the extra revenue. */
  readonly withExtra: ElevatePayoutResult;
  /** What accepting the target now is worth on today's sales (0 once accepted). */
  readonly acceptGainCents: number;
  /** What the extra revenue adds on top. */
  readonly salesGainCents: number;
}

/**
 * The what-if's difference from today's payout, in two parts a rep can act on separately:
 * accepting the target (a not-yet-enrolled partner earns nothing today) and selling more.
 */
export function elevateWhatIfGains(
  input: WhatIfInput,
  currentPayoutCents: number,
  rules: ElevateRules,
): WhatIfGains {
  const atLevel = elevateWhatIf({ ...input, extraCents: 0 }, rules);
  const withExtra = elevateWhatIf(input, rules);
  return {
    atLevel,
    withExtra,
    acceptGainCents: atLevel.payoutCents - currentPayoutCents,
    salesGainCents: withExtra.payoutCents - atLevel.payoutCents,
  };
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
