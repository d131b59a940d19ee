import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from '../errors';
import { addDays, daysBetween, parseIsoDate } from './dates';
import {
  fiscalYearOf,
  monthOfQuarter,
  parseQuarterKey,
  previousQuarters,
  quarterEnd,
  quarterKey,
  quarterLabel,
  quarterOf,
  quarterStart,
} from './fiscal';

describe('fiscal quarters (April start by default)', () => {
  it.each([
    ['2026-04-01', 2026, 1],
    ['2026-06-30', 2026, 1],
    ['2026-07-01', 2026, 2],
    ['2026-12-31', 2026, 3],
    ['2027-01-01', 2026, 4],
    ['2027-03-31', 2026, 4],
    ['2026-03-31', 2025, 4],
  ])('%s is FY%i Q%i', (date, fiscalYear, quarter) => {
    expect(quarterOf(date)).toEqual({ fiscalYear, quarter });
  });

  it('gives start, end and months of a quarter', () => {
    const q = { fiscalYear: 2026, quarter: 4 } as const;
    expect(quarterStart(q)).toBe('2027-01-01');
    expect(quarterEnd(q)).toBe('2027-03-31');
    expect(monthOfQuarter(q, 1)).toEqual({ start: '2027-01-01', end: '2027-01-31' });
    expect(monthOfQuarter(q, 2)).toEqual({ start: '2027-02-01', end: '2027-02-28' });
    expect(monthOfQuarter({ fiscalYear: 2027, quarter: 4 }, 2).end).toBe('2028-02-29');
  });

  it('honours a configurable start month', () => {
    const calendar = { startMonth: 1 };
    expect(quarterOf('2026-04-01', calendar)).toEqual({ fiscalYear: 2026, quarter: 2 });
    expect(quarterLabel({ fiscalYear: 2026, quarter: 2 }, calendar)).toBe('FY2026 Q2');
    expect(quarterOf('2026-10-15', { startMonth: 11 })).toEqual({ fiscalYear: 2025, quarter: 4 });
    expect(() => quarterOf('2026-01-01', { startMonth: 13 })).toThrow(InputError);
  });

  it('lists previous quarters oldest first, across fiscal years', () => {
    expect(previousQuarters({ fiscalYear: 2026, quarter: 2 }, 4).map(quarterKey)).toEqual([
      'FY2025-Q2',
      'FY2025-Q3',
      'FY2025-Q4',
      'FY2026-Q1',
    ]);
  });

  it('labels and keys round-trip', () => {
    expect(quarterLabel({ fiscalYear: 2026, quarter: 1 })).toBe('FY26/27 Q1');
    expect(parseQuarterKey('FY2026-Q3')).toEqual({ fiscalYear: 2026, quarter: 3 });
    expect(() => parseQuarterKey('2026Q3')).toThrow(/FY2026-Q1/);
  });

  it('gives the LEAP program year: 1 April to 31 March', () => {
    expect(fiscalYearOf('2027-02-10')).toEqual({
      fiscalYear: 2026,
      start: '2026-04-01',
      end: '2027-03-31',
    });
  });

  it('every date falls inside its own quarter', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 1, max: 12 }),
        (offset, startMonth) => {
          const date = addDays('2000-01-01', offset);
          const q = quarterOf(date, { startMonth });
          expect(daysBetween(quarterStart(q, { startMonth }), date)).toBeGreaterThanOrEqual(0);
          expect(daysBetween(date, quarterEnd(q, { startMonth }))).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('dates', () => {
  it.each(['2025-02-29', '2025-13-01', '2025-1-01', '01/02/2025', '', '2025-04-31'])(
    'rejects %j naming the field',
    (value) => {
      expect(() => parseIsoDate(value, 'acceptedOn')).toThrow(/^acceptedOn: /);
    },
  );
  it('accepts leap days', () => {
    expect(parseIsoDate('2024-02-29', 'd')).toEqual({ year: 2024, month: 2, day: 29 });
  });
});
