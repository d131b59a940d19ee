import { describe, expect, it } from 'vitest';
import { excelSerial, excelValue, numberFormat } from './cells';

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
});
