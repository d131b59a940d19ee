/** Small helpers for the benchmark harness: repeat, take the median, print one aligned line. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Runs fn `runs` times after `warmup` discarded runs; returns the median wall time in ms. */
export function timeMedian(
  fn: () => unknown,
  runs = 7,
  warmup = 2,
): { medianMs: number; runsMs: number[] } {
  for (let i = 0; i < warmup; i += 1) fn();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    fn();
    runsMs.push(performance.now() - start);
  }
  return { medianMs: median(runsMs), runsMs };
}

export function report(name: string, figures: Record<string, string | number>): void {
  const parts = Object.entries(figures).map(
    ([k, v]) => `${k}=${typeof v === 'number' ? formatNumber(v) : v}`,
  );
  console.log(`${name.padEnd(34)} ${parts.join('  ')}`);
}

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}
