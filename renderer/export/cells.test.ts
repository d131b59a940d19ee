import { describe, expect, it } from 'vitest';
import {
  displayWidth,
  excelSerial,
  excelValue,
  groupedWidth,
  numberFormat,
  valueWidth,
} from './cells';

describe('spreadsheet cells', () => {
  it('turns app units into Excel values', () => {
    expect(excelValue('money', 202_763)).toBe(2027.63);
    expect(excelValue('percent', 1_863)).toBeCloseTo(0.1863);
    expect(excelValue('integer', 7)).toBe(7);
    expect(excelValue('text', 'x')).toBe('x');
    expect(excelValue('money', null)).toBeNull();
  });

  it('writes dates as Excel serial numbers', () => {
    expect(excelSerial('1900-03-01')).toBe(61);
    expect(excelSerial('2026-11-25')).toBe(46351);
    expect(excelValue('date', '2026-11-25')).toBe(46351);
  });

  it('gives money its currency format and percent one decimal', () => {
    expect(numberFormat('money', 'USD')).toContain('$');
    expect(numberFormat('money', 'EUR')).toContain('€');
    expect(numberFormat('percent')).toBe('0.0%');
    expect(numberFormat('text')).toBeUndefined();
  });

  it('counts the characters of grouped numbers as Intl writes them', () => {
    const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
    const edges = [0, 1, 9, 10, 99, 100, 999, 1_000, 9_999, 10_000, 999_999, 1_000_000];
    const samples = [
      ...edges,
      ...edges.filter((n) => n > 0).map((n) => -n),
      123_456_789,
      999_999_999_999_999,
    ];
    for (const n of samples)
      expect({ n, width: groupedWidth(n) }).toEqual({ n, width: grouped.format(n).length });
  });

  it('measures money with its sign, decimals and currency sign', () => {
    // The euro format is the wider of the two: "123,456.78 €".
    expect(valueWidth('money', 123_456_78)).toBe('123,456.78 €'.length);
    expect(valueWidth('money', -50)).toBe('-0.50 €'.length);
    expect(valueWidth('amount', 99_999)).toBe('999.99'.length);
    expect(valueWidth('integer', 12_345)).toBe('12,345'.length);
  });

  it('counts a CJK character as two columns and anything else as one', () => {
    expect(displayWidth('Kunde 12 GmbH')).toBe(13);
    expect(displayWidth('Łódź é')).toBe(6);
    expect(displayWidth('合作伙伴')).toBe(8);
    expect(displayWidth('SKU 合作')).toBe(8);
    // A character outside the BMP is one character of two code units, and wide here.
    expect(displayWidth('\u{20000}x')).toBe(3);
  });
});
