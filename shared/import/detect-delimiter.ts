import type { Delimiter } from './types';

const CANDIDATES: readonly Delimiter[] = ['\t', ';', ','];
const MAX_LINES = 30;
const MAX_CHARS = 65_536;

/**
 * Picks the delimiter among tab, `;` and `,` from the first lines (outside quotes): the one whose
 * per-line count is the same on the most lines, then the one with the larger count. Null when
 * none occurs (a one-column file).
 */
export function detectDelimiter(text: string): Delimiter | null {
  const counts: number[][] = CANDIDATES.map(() => []);
  const current = [0, 0, 0];
  let inQuotes = false;
  let lines = 0;
  const end = Math.min(text.length, MAX_CHARS);
  const flush = (): void => {
    if (current[0] || current[1] || current[2]) {
      for (let k = 0; k < 3; k++) counts[k]?.push(current[k] ?? 0);
      lines++;
    }
    current[0] = current[1] = current[2] = 0;
  };
  for (let i = 0; i < end && lines < MAX_LINES; i++) {
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    else if (inQuotes) continue;
    else if (ch === '\n' || ch === '\r') flush();
    else if (ch === '\t') current[0] = (current[0] ?? 0) + 1;
    else if (ch === ';') current[1] = (current[1] ?? 0) + 1;
    else if (ch === ',') current[2] = (current[2] ?? 0) + 1;
  }
  if (lines < MAX_LINES) flush();

  let best: Delimiter | null = null;
  let bestAgree = 0;
  let bestMode = 0;
  for (let k = 0; k < CANDIDATES.length; k++) {
    const { mode, agree } = modeOf(counts[k] ?? []);
    if (mode === 0) continue;
    if (agree > bestAgree || (agree === bestAgree && mode > bestMode)) {
      best = CANDIDATES[k] ?? null;
      bestAgree = agree;
      bestMode = mode;
    }
  }
  return best;
}

function modeOf(values: readonly number[]): { mode: number; agree: number } {
  const tally = new Map<number, number>();
  for (const v of values) if (v > 0) tally.set(v, (tally.get(v) ?? 0) + 1);
  let mode = 0;
  let agree = 0;
  for (const [value, count] of tally) {
    if (count > agree || (count === agree && value > mode)) {
      mode = value;
      agree = count;
    }
  }
  return { mode, agree };
}
