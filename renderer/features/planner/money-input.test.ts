import { describe, expect, it } from 'vitest';
import {
  MAX_MONEY_CENTS,
  centsToInput,
  localeMarks,
  parseMoneyInput,
  parseQuantityInput,
  quantityToInput,
} from './money-input';

const cents = (text: string, locale = 'en') => {
  const r = parseMoneyInput(text, locale);
  return r.ok ? r.cents : r.error;
};
const units = (text: string, locale = 'en') => {
  const r = parseQuantityInput(text, locale);
  return r.ok ? r.value : r.error;
};

describe('localeMarks', () => {
  it.each([
    ['en', '.', ','],
    ['de', ',', '.'],
    ['fr', ',', ' '],
    ['pl', ',', ' '],
    ['zh-CN', '.', ','],
  ])('%s: decimal %j, thousands %j', (locale, decimal, thousands) => {
    expect(localeMarks(locale)).toEqual({ decimal, thousands });
  });
});

describe('parseMoneyInput', () => {
  it.each([
    ['7745', 'en', 774_500],
    ['7,745.00', 'en', 774_500],
    ['7.745,00', 'de', 774_500],
    ['7 745,00', 'fr', 774_500],
    ['7\u202f745,00', 'fr', 774_500],
    ['7\u00a0745,00', 'pl', 774_500],
    ['$7,745', 'en', 774_500],
    ['7.745 €', 'de', 774_500],
    ['2581.67', 'en', 258_167],
    ['2581,6', 'de', 258_160],
    ['0,99', 'de', 99],
    ['.5', 'en', 50],
    ['1.234.567,89', 'de', 123_456_789],
    ['1,234,567', 'en', 123_456_700],
    ['10.885', 'de', 1_088_500],
    // Both marks present decide the style by themselves, whatever the locale.
    ['3.140,00', 'en', 314_000],
    ['7,745.00', 'de', 774_500],
    ['1,000,000,000.00', 'en', MAX_MONEY_CENTS],
  ])('%j in %s → %i cents', (text, locale, expected) => {
    expect(cents(text, locale)).toBe(expected);
  });

  it.each([
    ['', 'en', 'empty'],
    ['  ', 'de', 'empty'],
    ['abc', 'en', 'invalid'],
    ['1,2,3', 'en', 'invalid'],
    ['12,34.5,6', 'en', 'invalid'],
    // More decimals than the currency has: refused, never rounded (was 1.00: "0,001" read as 1).
    ['0,001', 'de', 'tooManyDecimals'],
    ['0,001', 'pl', 'tooManyDecimals'],
    ['0,001', 'fr', 'tooManyDecimals'],
    ['0.001', 'en', 'tooManyDecimals'],
    ['0,001', 'en', 'invalid'],
    ['1.2345', 'en', 'tooManyDecimals'],
    ['7,745', 'de', 'tooManyDecimals'],
    ['-5', 'en', 'negative'],
    ['-5', 'de', 'negative'],
    // Too large is refused whole, never cut to a prefix (was $10,000,000,003,139).
    ['10000000003139', 'en', 'tooLarge'],
    ['1.000.000.000,01', 'de', 'tooLarge'],
    ['99999999999999999999', 'en', 'tooLarge'],
  ])('%j in %s → %s', (text, locale, expected) => {
    expect(cents(text, locale)).toBe(expected);
  });

  it('writes cents back in the locale and reads them again', () => {
    expect(centsToInput(774_500, 'en')).toBe('7,745.00');
    expect(centsToInput(774_500, 'de')).toBe('7.745,00');
    for (const locale of ['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN'])
      expect(cents(centsToInput(123_456_789, locale), locale), locale).toBe(123_456_789);
  });

  it('keeps every product of the bound with a rate in basis points a safe integer', () => {
    expect(Number.isSafeInteger(MAX_MONEY_CENTS * 10_000)).toBe(true);
  });
});

describe('parseQuantityInput', () => {
  it.each([
    ['3', 'en', 3],
    ['1.000', 'de', 1000],
    ['1,000', 'en', 1000],
    ['1 000', 'fr', 1000],
    ['2,0', 'de', 2],
    ['99.999', 'de', 99_999],
    [' 7 ', 'pl', 7],
  ])('%j in %s → %i', (text, locale, expected) => {
    expect(units(text, locale)).toBe(expected);
  });

  it.each([
    ['', 'de', 'empty'],
    ['2,5', 'de', 'notWhole'],
    ['2.5', 'en', 'notWhole'],
    ['-5', 'de', 'negative'],
    ['0', 'de', 'zero'],
    ['100000', 'en', 'tooLarge'],
    ['99,999,999,999', 'en', 'tooLarge'],
    ['99.999.999.999', 'de', 'tooLarge'],
    ['drei', 'de', 'invalid'],
    ['1e3', 'en', 'invalid'],
  ])('%j in %s → %s', (text, locale, expected) => {
    expect(units(text, locale)).toBe(expected);
  });

  it('writes quantities back in the locale', () => {
    expect(quantityToInput(1000, 'de')).toBe('1.000');
    expect(units(quantityToInput(12_345, 'fr'), 'fr')).toBe(12_345);
  });
});
