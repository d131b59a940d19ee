import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisDomain, niceCeiling } from './axis-domain';
import type { ChartDatum } from './types';

describe('axisDomain', () => {
  it('fits each axis to its own series, with room to spare', () => {
    const data: ChartDatum[] = [
      { label: 'W1', revenue: 1_200_000, claimed: 4_500 },
      { label: 'W2', revenue: 900_000, claimed: 61_000 },
      { label: 'W3' },
    ];
    const series = [
      { key: 'revenue', name: 'Revenue', kind: 'bar' as const, color: '#000' },
      {
        key: 'claimed',
        name: 'SPIFF',
        kind: 'line' as const,
        color: '#000',
        axis: 'right' as const,
      },
    ];
    expect(axisDomain(data, series, 'left')).toEqual([0, 2_000_000]);
    // The claimed line rose to 61,000 while the old right axis stopped at 10,000.
    expect(axisDomain(data, series, 'right')).toEqual([0, 100_000]);
  });

  it('takes reference lines into the left axis', () => {
    const series = [{ key: 'v', name: 'v', kind: 'line' as const, color: '#000' }];
    expect(
      axisDomain([{ label: 'a', v: 10 }], series, 'left', [{ value: 3_000, label: 'target' }]),
    ).toEqual([0, 5_000]);
  });

  it('leaves headroom above the highest point', () => {
    const series = [{ key: 'v', name: 'v', kind: 'line' as const, color: '#000' }];
    expect(axisDomain([{ label: 'a', v: 10_000 }], series, 'left')).toEqual([0, 20_000]);
  });

  it('never ends below the largest value it holds', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e15, noNaN: true }), (v) => {
        const top = niceCeiling(v);
        expect(top).toBeGreaterThanOrEqual(v);
        expect(top).toBeLessThanOrEqual(v * 10);
      }),
    );
  });
});
