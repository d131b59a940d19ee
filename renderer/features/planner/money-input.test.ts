import { describe, expect, it } from 'vitest';
import { centsToInput, parseMoneyInput } from './money-input';

const cents = (text: string) => {
  const r = parseMoneyInput(text);
  return r.ok ? r.cents : r.error;
};

describe('parseMoneyInput', () => {
  it.each([
    ['7745', 774_500],
    ['7,745.00', 774_500],
    ['7.745,00', 774_500],
    ['7 745,00', 774_500],
    ['7\u202f745,00', 774_500],
    ['$7,745', 774_500],
    ['7.745 €', 774_500],
    ["7'745.50", 774_550],
    ['3140', 314_000],
    ['2581.67', 258_167],
    ['2581,6', 258_160],
    ['0,99', 99],
    ['.5', 50],
    ['1.234.567,89', 123_456_789],
    ['1,234,567', 123_456_700],
    ['10.885', 1_088_500],
  ])('%j → %i cents', (text, expected) => {
    expect(cents(text)).toBe(expected);
  });

  it.each([
    ['', 'empty'],
    ['abc', 'invalid'],
    ['1,2,3', 'invalid'],
    ['12,34.5,6', 'invalid'],
    ['1.234', 123_400],
    ['1.2345', 'tooManyDecimals'],
    ['-5', 'invalid'],
    ['99999999999999999', 'tooLarge'],
  ])('%j → %s', (text, expected) => {
    expect(cents(text)).toBe(expected);
  });

  it('writes cents back in the locale', () => {
    expect(centsToInput(774_500, 'en')).toBe('7,745.00');
    expect(centsToInput(774_500, 'de')).toBe('7.745,00');
    expect(cents(centsToInput(123_456_789, 'de'))).toBe(123_456_789);
    expect(cents(centsToInput(123_456_789, 'fr'))).toBe(123_456_789);
  });
});
