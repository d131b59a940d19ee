import { FAMILIES, type Family } from '../../shared/index';

/** Deterministic pseudo-random invoice lines: same seed, same lines, every run. */
export interface BenchLine {
  family: Family;
  topseller: boolean;
  quantity: number;
  unitPriceCents: number;
  partnerPriceCents: number;
  accelerator: boolean;
}

export function generateLines(count: number, seed = 42): BenchLine[] {
  let state = seed >>> 0;
  const next = (): number => {
    // mulberry32
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const lines: BenchLine[] = [];
  for (let i = 0; i < count; i += 1) {
    const family = FAMILIES[Math.floor(next() * FAMILIES.length)] as Family;
    const quantity = 1 + Math.floor(next() * 20);
    const unitPriceCents = 5_000 + Math.floor(next() * 500_000);
    lines.push({
      family,
      topseller: next() < 0.4,
      quantity,
      unitPriceCents,
      partnerPriceCents: unitPriceCents * quantity,
      accelerator: next() < 0.1,
    });
  }
  return lines;
}
