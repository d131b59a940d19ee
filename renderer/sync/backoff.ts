/**
 * Delay before the next try after `failures` failed runs in a row: exponential from `baseMs`,
 * capped at `maxMs`, with "equal jitter" (half fixed, half random) so many laptops coming back
 * online at once do not hit the server in step, and no retry is ever immediate.
 */
export function backoffDelay(
  failures: number,
  random: () => number,
  baseMs = 2_000,
  maxMs = 5 * 60_000,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
