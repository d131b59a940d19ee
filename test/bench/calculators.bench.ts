import {
  elevatePayout,
  loyaltyRebate,
  SPIFF_2017,
  spiffEarnings,
  stackDeal,
} from '../../shared/index';
import { generateLines, type BenchLine } from './fixtures';
import { report, timeMedian } from './stats';

/**
 * The shared calculators over 100,000 invoice lines, against a raw floor measured in the same run:
 * a bare loop doing the same arithmetic with no validation, no steps and no rule lookup.
 */
export function benchCalculators(count = 100_000): void {
  const lines = generateLines(count);
  console.log(
    `\n# shared calculators over ${count.toLocaleString('en-US')} generated invoice lines (median of 7 runs)`,
  );

  let sink = 0;
  const raw = timeMedian(() => {
    let total = 0;
    for (const line of lines)
      total +=
        line.quantity * SPIFF_2017.perUnitCents[line.family] +
        Math.round((line.partnerPriceCents * 250) / 10_000);
    sink += total;
  });
  report('raw floor (bare loop)', {
    ms: raw.medianMs,
    'lines/s': Math.round(count / (raw.medianMs / 1000)),
  });

  const cases: [string, (ls: BenchLine[]) => number][] = [
    ['spiffEarnings', (ls) => spiffEarnings({ lines: ls }).earnedCents],
    [
      'elevatePayout',
      (ls) =>
        elevatePayout({
          targetCents: 550_000,
          level: 'top',
          lines: ls.map((l) => ({ revenueCents: l.partnerPriceCents, accelerator: l.accelerator })),
        }).payoutCents,
    ],
    ['stackDeal', (ls) => stackDeal({ customer: 'new', lines: ls }).totalCents],
    [
      'loyaltyRebate (per quarter units)',
      (ls) =>
        loyaltyRebate({ units: ls.reduce((n, l) => n + (l.topseller ? l.quantity : 0), 0) })
          .totalCents,
    ],
  ];
  for (const [name, fn] of cases) {
    const t = timeMedian(() => {
      sink += fn(lines);
    });
    report(name, {
      ms: t.medianMs,
      'lines/s': Math.round(count / (t.medianMs / 1000)),
      'x raw': t.medianMs / raw.medianMs,
    });
  }
  // Keep the optimiser from discarding the work.
  if (sink === -1) console.log(sink);
}
