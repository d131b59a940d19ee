import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { SPIFF_2017 } from '../rules/defaults';
import { spiffEarnings } from './spiff';

describe('spiffEarnings', () => {
  it('pays per unit by family and explains each family', () => {
    const result = spiffEarnings({
      lines: [
        { family: 'server', quantity: 2 },
        { family: 'dcg-services', quantity: 3 },
        { family: 'server', quantity: 1 },
        { family: 'visuals', quantity: 4 },
      ],
    });
    expect(result.earnedCents).toBe(3 * 15_000 + 3 * 2_000);
    expect(result.unitsByFamily).toEqual({ server: 3, 'dcg-services': 3, visuals: 4 });
    expect(
      result.steps.find((s) => s.key === 'spiff.family' && s.inputs.family === 'visuals')?.inputs
        .eligible,
    ).toBe(false);
    expect(result.rule).toEqual({
      program: 'spiff',
      version: 'spiff-2017.1',
      effectiveFrom: '2017-04-01',
    });
  });

  it.each([
    [66, 990_000, 990_000, 0, 10_000],
    [67, 1_005_000, 1_000_000, 5_000, 0],
  ])(
    'cap boundary: %i servers earn %i, pay %i, cap %i, leave %i',
    (quantity, earned, payable, capped, remaining) => {
      const result = spiffEarnings({ lines: [{ family: 'server', quantity }] });
      expect([
        result.earnedCents,
        result.payableCents,
        result.cappedCents,
        result.remainingToCapCents,
      ]).toEqual([earned, payable, capped, remaining]);
    },
  );

  it('counts what was already paid this quarter against the cap', () => {
    const result = spiffEarnings({
      lines: [{ family: 'server', quantity: 10 }],
      paidThisQuarterCents: 900_000,
    });
    expect(result.earnedCents).toBe(150_000);
    expect(result.payableCents).toBe(100_000);
    expect(result.cappedCents).toBe(50_000);
    expect(result.remainingToCapCents).toBe(0);
  });

  it('pays nothing more once paid exceeds the cap, and never goes negative', () => {
    const result = spiffEarnings({
      lines: [{ family: 'server', quantity: 1 }],
      paidThisQuarterCents: 1_200_000,
    });
    expect(result.payableCents).toBe(0);
    expect(result.cappedCents).toBe(15_000);
    expect(result.remainingToCapCents).toBe(0);
  });

  it('returns zeros for no lines', () => {
    const result = spiffEarnings({ lines: [] });
    expect([result.earnedCents, result.payableCents, result.remainingToCapCents]).toEqual([
      0, 0, 1_000_000,
    ]);
  });

  it.each([
    [{ lines: [{ family: 'server', quantity: -1 }] }, 'lines[0].quantity', 'negative'],
    [{ lines: [{ family: 'server', quantity: Number.NaN }] }, 'lines[0].quantity', 'not_finite'],
    [{ lines: [{ family: 'server', quantity: 1.5 }] }, 'lines[0].quantity', 'not_integer'],
    [
      {
        lines: [
          { family: 'server', quantity: 1 },
          { family: 'tablet', quantity: 1 },
        ],
      },
      'lines[1].family',
      'unknown_value',
    ],
    [{ lines: 'x' }, 'lines', 'missing'],
    [{ lines: [], paidThisQuarterCents: -5 }, 'paidThisQuarterCents', 'negative'],
  ])('rejects bad input %j at %s', (input, field, code) => {
    const call = () => spiffEarnings(input as never);
    expect(call).toThrow(InputError);
    try {
      call();
    } catch (error) {
      expect((error as InputError).field).toBe(field);
      expect((error as InputError).code).toBe(code);
    }
  });

  it('rejects rules that fail their schema, naming the field', () => {
    const bad = { ...SPIFF_2017, capCentsPerQuarter: -1 };
    expect(() => spiffEarnings({ lines: [] }, bad)).toThrow(/^rules\.capCentsPerQuarter: /);
    const missing = { ...SPIFF_2017, perUnitCents: { ...SPIFF_2017.perUnitCents, server: 1.5 } };
    expect(() => spiffEarnings({ lines: [] }, missing)).toThrow(/^rules\.perUnitCents\.server: /);
  });
});
