import { describe, expect, it } from 'vitest';
import { LOYALTY_2017 } from '../../../shared/index';
import { tierLadder } from './ladder';

describe('tierLadder', () => {
  it('gives the ranges and threshold rebates of the seed tiers', () => {
    expect(tierLadder(LOYALTY_2017)).toEqual([
      { index: 0, minUnits: 0, maxUnits: 9, perUnitCents: 0, atThresholdCents: 0 },
      { index: 1, minUnits: 10, maxUnits: 24, perUnitCents: 500, atThresholdCents: 5_000 },
      { index: 2, minUnits: 25, maxUnits: 49, perUnitCents: 1_000, atThresholdCents: 25_000 },
      { index: 3, minUnits: 50, maxUnits: null, perUnitCents: 1_500, atThresholdCents: 75_000 },
    ]);
  });
});
