import type { ChartDatum, ChartReferenceLine, ChartSeries } from './types';

/**
 * The value range of one axis, from every value drawn against it, rounded out to a "nice" number
 * (1, 2, 2.5 or 5 × a power of ten) so the ticks read well. Computed here rather than left to the
 * chart library, so that no series can run past the top of its axis.
 */
export function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) if (step * power >= value) return step * power;
  return 10 * power;
}

export function axisDomain(
  data: readonly ChartDatum[],
  series: readonly ChartSeries[],
  axis: 'left' | 'right',
  referenceLines: readonly ChartReferenceLine[] = [],
): [number, number] {
  const keys = series.filter((s) => (s.axis ?? 'left') === axis).map((s) => s.key);
  let max = 0;
  let min = 0;
  for (const datum of data)
    for (const key of keys) {
      const value = datum[key];
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      if (value > max) max = value;
      if (value < min) min = value;
    }
  if (axis === 'left')
    for (const line of referenceLines) {
      if (line.value > max) max = line.value;
      if (line.value < min) min = line.value;
    }
  // A tenth of headroom, so the highest point never sits on the frame; an axis with nothing on
  // it yet still gets a range, so its ticks do not collapse.
  const top = niceCeiling(max * 1.1) || 1;
  return [min < 0 ? -niceCeiling(-min * 1.1) : 0, top];
}
