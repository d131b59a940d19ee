import { describe, expect, it } from 'vitest';
import { detectDateOrder, excelSerialToIso, parseDate } from './index';

describe('parseDate', () => {
  it.each([
    ['2026-05-14', 'dmy', '2026-05-14'],
    ['2026/05/14', 'mdy', '2026-05-14'],
    ['2026-05-14T10:30:00Z', 'dmy', '2026-05-14'],
    ['14.05.2026', 'mdy', '2026-05-14'], // dots are always day-first
    ['14.05.2026 00:00', 'dmy', '2026-05-14'],
    ['14/05/2026', 'dmy', '2026-05-14'],
    ['05/14/2026', 'mdy', '2026-05-14'],
    ['5/6/2026', 'dmy', '2026-06-05'],
    ['5/6/2026', 'mdy', '2026-05-06'],
    ['14-05-2026', 'dmy', '2026-05-14'],
    ['14.05.26', 'dmy', '2026-05-14'],
    ['29.02.2028', 'dmy', '2028-02-29'],
  ] as const)('%s (%s) → %s', (text, order, iso) => {
    expect(parseDate(text, order)).toBe(iso);
  });

  it.each([
    '31.02.2026',
    '29.02.2026',
    '2026-13-01',
    '00.05.2026',
    '14/05/2026x',
    '14-05/2026',
    'May 14, 2026',
    '',
    '20260514',
    '14.05',
  ])('rejects %j', (text) => {
    expect(parseDate(text, 'dmy')).toBeNull();
  });

  it('reads Excel serial dates only when asked (XLSX)', () => {
    expect(parseDate('46156', 'dmy', true)).toBe('2026-05-14');
    expect(parseDate('46156', 'dmy', false)).toBeNull();
    expect(excelSerialToIso(1)).toBe('1899-12-31');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
    expect(excelSerialToIso(0)).toBeNull();
  });
});

describe('detectDateOrder', () => {
  it('a first part over 12 proves day-first', () => {
    expect(detectDateOrder(['01/02/2026', '14/05/2026'])).toEqual({
      order: 'dmy',
      ambiguous: false,
      forms: ['numeric'],
    });
  });
  it('a second part over 12 proves month-first', () => {
    expect(detectDateOrder(['01/02/2026', '05/14/2026'])).toEqual({
      order: 'mdy',
      ambiguous: false,
      forms: ['numeric'],
    });
  });
  it('nothing proves either: day-first, ambiguous', () => {
    expect(detectDateOrder(['01/02/2026', '2026-05-14', '14.05.2026'])).toEqual({
      order: 'dmy',
      ambiguous: true,
      forms: ['iso', 'dotted', 'numeric'],
    });
  });
  it('ISO dates are unambiguous by their form, not an assumed day-first', () => {
    expect(detectDateOrder(['2026-11-03', '2026-11-03', '2026-12-01'])).toEqual({
      order: 'dmy',
      ambiguous: false,
      forms: ['iso'],
    });
  });
  it('dotted dates are day-first by their form', () => {
    expect(detectDateOrder(['03.11.2026', '01.12.2026'])).toMatchObject({
      ambiguous: false,
      forms: ['dotted'],
    });
  });
  it('forms are listed most frequent first', () => {
    expect(detectDateOrder(['2026-11-03', '03.11.2026', '04.11.2026', '05.11.2026']).forms).toEqual(
      ['dotted', 'iso'],
    );
  });
});
