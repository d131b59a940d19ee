import { InputError } from '../errors';
import { addMonths, endOfMonth, formatIsoDate, parseIsoDate, type IsoDate } from './dates';

/**
 * The vendor's fiscal calendar. The start month is rule data (default April, DOMAIN.md); every
 * function takes the calendar so nothing here assumes April.
 */
export interface FiscalCalendar {
  /** 1 = January … 12 = December: the month the fiscal year starts in. */
  readonly startMonth: number;
}

export const DEFAULT_FISCAL_CALENDAR: FiscalCalendar = { startMonth: 4 };

/**
 * A fiscal quarter. `fiscalYear` is the calendar year in which that fiscal year starts, so with an
 * April start FY2026 runs 2026-04-01 … 2027-03-31.
 */
export interface FiscalQuarter {
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
}

function checkCalendar(calendar: FiscalCalendar): void {
  const { startMonth } = calendar;
  if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
    throw new InputError('out_of_range', 'calendar.startMonth', `must be 1-12, got ${startMonth}`);
  }
}

export function quarterOf(
  date: IsoDate,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
  field = 'date',
): FiscalQuarter {
  checkCalendar(calendar);
  const { year, month } = parseIsoDate(date, field);
  const monthsIntoYear = (month - calendar.startMonth + 12) % 12;
  const fiscalYear = month >= calendar.startMonth ? year : year - 1;
  return { fiscalYear, quarter: (Math.floor(monthsIntoYear / 3) + 1) as FiscalQuarter['quarter'] };
}

function firstMonthOf(
  quarter: FiscalQuarter,
  calendar: FiscalCalendar,
): { year: number; month: number } {
  checkQuarter(quarter);
  checkCalendar(calendar);
  return addMonths(quarter.fiscalYear, calendar.startMonth, (quarter.quarter - 1) * 3);
}

export function checkQuarter(quarter: FiscalQuarter, field = 'quarter'): FiscalQuarter {
  if (
    !Number.isInteger(quarter.fiscalYear) ||
    quarter.fiscalYear < 1900 ||
    quarter.fiscalYear > 9998
  ) {
    throw new InputError(
      'out_of_range',
      `${field}.fiscalYear`,
      `expected a year, got ${quarter.fiscalYear}`,
    );
  }
  if (![1, 2, 3, 4].includes(quarter.quarter)) {
    throw new InputError('out_of_range', `${field}.quarter`, `must be 1-4, got ${quarter.quarter}`);
  }
  return quarter;
}

export function quarterStart(
  quarter: FiscalQuarter,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): IsoDate {
  const { year, month } = firstMonthOf(quarter, calendar);
  return formatIsoDate({ year, month, day: 1 });
}

export function quarterEnd(
  quarter: FiscalQuarter,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): IsoDate {
  const first = firstMonthOf(quarter, calendar);
  const last = addMonths(first.year, first.month, 2);
  return endOfMonth(last.year, last.month);
}

/** Month n (1-3) of a quarter, as its first and last day. */
export function monthOfQuarter(
  quarter: FiscalQuarter,
  n: 1 | 2 | 3,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): { start: IsoDate; end: IsoDate } {
  if (![1, 2, 3].includes(n))
    throw new InputError('out_of_range', 'month', `must be 1-3, got ${n}`);
  const first = firstMonthOf(quarter, calendar);
  const { year, month } = addMonths(first.year, first.month, n - 1);
  return { start: formatIsoDate({ year, month, day: 1 }), end: endOfMonth(year, month) };
}

export function shiftQuarter(quarter: FiscalQuarter, by: number): FiscalQuarter {
  checkQuarter(quarter);
  const index = quarter.fiscalYear * 4 + (quarter.quarter - 1) + by;
  return {
    fiscalYear: Math.floor(index / 4),
    quarter: ((index % 4) + 1) as FiscalQuarter['quarter'],
  };
}

/** The n quarters before `quarter`, oldest first. */
export function previousQuarters(quarter: FiscalQuarter, n: number): FiscalQuarter[] {
  if (!Number.isInteger(n) || n < 0)
    throw new InputError('out_of_range', 'n', `must be a whole number ≥ 0, got ${n}`);
  const result: FiscalQuarter[] = [];
  for (let back = n; back >= 1; back -= 1) result.push(shiftQuarter(quarter, -back));
  return result;
}

export function compareQuarters(a: FiscalQuarter, b: FiscalQuarter): number {
  return a.fiscalYear * 4 + a.quarter - (b.fiscalYear * 4 + b.quarter);
}

/** Stable machine key, e.g. 'FY2026-Q1'. Used as an index key and in files. */
export function quarterKey(quarter: FiscalQuarter): string {
  checkQuarter(quarter);
  return `FY${quarter.fiscalYear}-Q${quarter.quarter}`;
}

const QUARTER_KEY = /^FY(\d{4})-Q([1-4])$/;

export function parseQuarterKey(key: string, field = 'quarter'): FiscalQuarter {
  const match = QUARTER_KEY.exec(key);
  if (!match)
    throw new InputError('bad_date', field, `expected a quarter such as FY2026-Q1, got "${key}"`);
  return { fiscalYear: Number(match[1]), quarter: Number(match[2]) as FiscalQuarter['quarter'] };
}

/**
 * A short label in the vendor's style: 'FY26/27 Q1' when the fiscal year straddles two calendar
 * years, 'FY2026 Q1' when it starts in January. Screens localise the words around it.
 */
export function quarterLabel(
  quarter: FiscalQuarter,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
): string {
  checkQuarter(quarter);
  checkCalendar(calendar);
  if (calendar.startMonth === 1) return `FY${quarter.fiscalYear} Q${quarter.quarter}`;
  const a = String(quarter.fiscalYear % 100).padStart(2, '0');
  const b = String((quarter.fiscalYear + 1) % 100).padStart(2, '0');
  return `FY${a}/${b} Q${quarter.quarter}`;
}

/** The fiscal (program) year containing a date: first and last day. */
export function fiscalYearOf(
  date: IsoDate,
  calendar: FiscalCalendar = DEFAULT_FISCAL_CALENDAR,
  field = 'date',
): { fiscalYear: number; start: IsoDate; end: IsoDate } {
  const { fiscalYear } = quarterOf(date, calendar, field);
  return {
    fiscalYear,
    start: quarterStart({ fiscalYear, quarter: 1 }, calendar),
    end: quarterEnd({ fiscalYear, quarter: 4 }, calendar),
  };
}
