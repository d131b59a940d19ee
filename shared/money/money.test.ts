import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../errors';
import { applyBps, assertCents, mulDivRound, ratioBps } from './money';

describe('applyBps', () => {
  it('rounds half away from zero', () => {
    expect(applyBps(1_088_500, 1000)).toBe(108_850);
    expect(applyBps(1_088_500, 250)).toBe(27_213); // 27 212.5 → 27 213
    expect(applyBps(-1_088_500, 250)).toBe(-27_213);
    expect(applyBps(1, 4999)).toBe(0);
    expect(applyBps(1, 5000)).toBe(1);
    expect(applyBps(-1, 5000)).toBe(-1);
  });

  it('stays exact past the safe-integer product range', () => {
    const big = 900_719_925_474_099; // × 10 000 leaves the safe range
    expect(mulDivRound(big, 10_000, 10_000)).toBe(big);
    expect(applyBps(big, 5000)).toBe(450_359_962_737_050); // …049.5 rounds up
  });

  it('always returns an integer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 100_000 }),
        (cents, bps) => {
          const result = applyBps(cents, bps);
          expect(Number.isInteger(result)).toBe(true);
          // within half a cent of the exact value (in BigInt: cents × bps can pass 2^53)
          const error = BigInt(result) * 10_000n - BigInt(cents) * BigInt(bps);
          expect(error <= 5_000n && error >= -5_000n).toBe(true);
        },
      ),
    );
  });
});

describe('ratioBps', () => {
  it('is 0 for a zero whole and rounds otherwise', () => {
    expect(ratioBps(5, 0)).toBe(0);
    expect(ratioBps(202_763, 1_088_500)).toBe(1863);
  });
});

describe('assertCents', () => {
  it.each([
    [Number.NaN, 'not_finite'],
    [Infinity, 'not_finite'],
    [1.5, 'not_integer'],
    [-1, 'negative'],
    ['12', 'missing'],
    [undefined, 'missing'],
  ])('rejects %s with %s and names the field', (value, code) => {
    try {
      assertCents(value, 'lines[2].partnerPriceCents');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).code).toBe(code);
      expect((error as InputError).field).toBe('lines[2].partnerPriceCents');
      expect((error as InputError).message).toContain('lines[2].partnerPriceCents');
    }
  });
});
