import type { DealProgram, DealStackResult } from '../../../shared/index';

/** Side-by-side comparison of saved plans: benefits by program, totals, margins. */
export const DEAL_PROGRAMS: readonly DealProgram[] = [
  'ncb',
  'dealRegistration',
  'topseller',
  'dcg',
  'services',
  'volume',
  'spiff',
];

export interface ComparisonRow {
  readonly program: DealProgram;
  /** Per plan: the amount, or null when the program does not apply. */
  readonly amounts: readonly (number | null)[];
  /** Index of the plan that gets the most from this program, or null on a tie/none. */
  readonly best: number | null;
}

export interface Comparison {
  readonly rows: readonly ComparisonRow[];
  readonly partnerPrice: readonly number[];
  readonly totals: readonly number[];
  readonly marginBps: readonly number[];
  readonly bestTotal: number | null;
}

function bestIndex(values: readonly (number | null)[]): number | null {
  let best: number | null = null;
  let tie = false;
  values.forEach((v, i) => {
    if (v === null) return;
    const current = best === null ? null : values[best];
    if (current === null || current === undefined || v > current) {
      best = i;
      tie = false;
    } else if (v === current) tie = true;
  });
  return tie ? null : best;
}

export function comparePlans(results: readonly DealStackResult[]): Comparison {
  const rows = DEAL_PROGRAMS.map((program) => {
    const amounts = results.map(
      (r) => r.benefits.find((b) => b.program === program)?.amountCents ?? null,
    );
    return { program, amounts, best: bestIndex(amounts) };
  }).filter((row) => row.amounts.some((a) => a !== null));
  const totals = results.map((r) => r.totalCents);
  const marginBps = results.map((r) => r.marginBps);
  return {
    rows,
    partnerPrice: results.map((r) => r.partnerPriceCents),
    totals,
    marginBps,
    bestTotal: bestIndex(marginBps),
  };
}
