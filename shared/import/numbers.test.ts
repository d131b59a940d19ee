import { describe, expect, it } from 'vitest';
import { detectNumberStyle, parseAmount, parseWholeNumber } from './index';

describe('parseAmount (integer cents, from the digits)', () => {
  it.each([
    ['1.234,56', ',', '.', 123456],
    ['1,234.56', '.', ',', 123456],
    ['1 234,56', ',', ' ', 123456],
    ['1\u00a0234,56', ',', ' ', 123456],
    ["1'234.56", '.', "'", 123456],
    ['1234,5', ',', '', 123450],
    ['12', '.', '', 1200],
    ['0.1', '.', '', 10],
    ['.5', '.', '', 50],
    ['19.99', '.', ',', 1999],
    ['1.005', '.', '', 101], // half away from zero
    ['1.004', '.', '', 100],
    ['-1.005', '.', '', -101],
    ['(12.50)', '.', '', -1250],
    ['12.50-', '.', '', -1250],
    ['€ 12,50', ',', '.', 1250],
    ['12.50 USD', '.', ',', 1250],
    ['1.234.567,89', ',', '.', 123456789],
    ['90071992547409.91', '.', '', 9007199254740991],
  ] as const)('%s → %d', (text, decimal, thousands, cents) => {
    expect(parseAmount(text, decimal, thousands)).toBe(cents);
  });

  it.each([
    ['', '.', ''],
    ['abc', '.', ''],
    ['12.3.4', '.', ''],
    ['1,23,456.00', '.', ','], // grouping not by three
    ['12,34.5', '.', ','],
    ['1.234,56', '.', ','], // wrong style
    ['1e5', '.', ''],
    ['-', '.', ''],
    ['900719925474099.92', '.', ''], // too large to be exact
  ] as const)('rejects %s', (text, decimal, thousands) => {
    expect(parseAmount(text, decimal, thousands)).toBeNull();
  });

  it('sums of many parsed amounts are exact', () => {
    let total = 0;
    for (let i = 0; i < 1000; i++) total += parseAmount('0.10', '.', '') ?? NaN;
    expect(total).toBe(10000);
  });
});

describe('parseWholeNumber', () => {
  it('reads whole numbers in the column style', () => {
    expect(parseWholeNumber('1.000', ',', '.')).toEqual({ ok: true, value: 1000 });
    expect(parseWholeNumber('2,00', ',', '.')).toEqual({ ok: true, value: 2 });
    expect(parseWholeNumber('-3', '.', '')).toEqual({ ok: true, value: -3 });
  });
  it('says whether a value is a fraction or not a number', () => {
    expect(parseWholeNumber('2.5', '.', '')).toEqual({ ok: false, problem: 'fraction' });
    expect(parseWholeNumber('2,5', ',', '.')).toEqual({ ok: false, problem: 'fraction' });
    expect(parseWholeNumber('two', '.', '')).toEqual({ ok: false, problem: 'not_number' });
  });
});

describe('detectNumberStyle', () => {
  it.each([
    [['1.234,56', '12,5'], ',', '.'],
    [['1,234.56', '12.5'], '.', ','],
    [['1 234,56', '99,00'], ',', ' '],
    [['1234,5', '12'], ',', ''],
    [['1234.5', '12'], '.', ''],
    [['1.234.567'], ',', '.'],
    [['1,234'], '.', ','], // ambiguous: read as thousands
    [['1.234'], ',', '.'],
    [['1.234', '0.5'], '.', ''], // "0.5" decides: three decimals it is
  ] as const)('%j → decimal %s thousands %j', (values, decimal, thousands) => {
    expect(detectNumberStyle(values)).toMatchObject({ decimal, thousands, decided: true });
  });
  it('plain integers decide nothing', () => {
    expect(detectNumberStyle(['12', '7']).decided).toBe(false);
  });
});
