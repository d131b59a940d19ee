import { InputError } from '../errors';

/** A calendar date as 'YYYY-MM-DD'. Dates in this product have no time of day and no zone. */
export type IsoDate = string;

export interface DateParts {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number; // 1-31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a strict ISO calendar date; rejects '2025-02-30', '2025-2-3' and anything else. */
export function parseIsoDate(value: unknown, field: string): DateParts {
  if (typeof value !== 'string') {
    throw new InputError('bad_date', field, `expected a date as YYYY-MM-DD, got ${typeof value}`);
  }
  const match = ISO_DATE.exec(value);
  if (!match)
    throw new InputError('bad_date', field, `expected a date as YYYY-MM-DD, got "${value}"`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12)
    throw new InputError('bad_date', field, `month ${month} does not exist in "${value}"`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new InputError('bad_date', field, `day ${day} does not exist in "${value}"`);
  }
  return { year, month, day };
}

export function assertIsoDate(value: unknown, field: string): IsoDate {
  parseIsoDate(value, field);
  return value as IsoDate;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  try {
    parseIsoDate(value, 'date');
    return true;
  } catch {
    return false;
  }
}

export function formatIsoDate({ year, month, day }: DateParts): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days since 1970-01-01: lets date arithmetic stay in integers. */
export function toDayNumber(date: IsoDate, field = 'date'): number {
  const { year, month, day } = parseIsoDate(date, field);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const date = new Date(dayNumber * 86_400_000);
  return formatIsoDate({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b − a in days (positive when b is later). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** Adds whole months to a (year, month) pair. */
export function addMonths(
  year: number,
  month: number,
  months: number,
): { year: number; month: number } {
  const index = year * 12 + (month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export function endOfMonth(year: number, month: number): IsoDate {
  return formatIsoDate({ year, month, day: daysInMonth(year, month) });
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  // ISO dates of four-digit years sort as strings.
  return a < b ? -1 : a > b ? 1 : 0;
}
