import { daysInMonth } from '../index';
import type { IsoDate } from '../index';
import type { DateForm, DateOrder } from './types';

interface Parts {
  a: number;
  b: number;
  c: number;
  aLen: number;
  cLen: number;
  sep: number;
}

/**
 * Splits "14.05.2026", "2026-05-14", "05/14/2026 00:00" into three numbers; a time of day after
 * a space or "T" is ignored. Null when the text has another shape.
 */
function split(text: string): Parts | null {
  const n = text.length;
  const nums = [0, 0, 0];
  const lens = [0, 0, 0];
  let part = 0;
  let sep = -1;
  let i = 0;
  for (; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      if (lens[part] === 4) return null;
      nums[part] = (nums[part] ?? 0) * 10 + (c - 48);
      lens[part] = (lens[part] ?? 0) + 1;
    } else if (c === 45 || c === 47 || c === 46) {
      if (part === 2) {
        if (c === 46 && i === n - 1) continue; // "14.05.2026."
        return null;
      }
      if (lens[part] === 0 || (sep !== -1 && c !== sep)) return null;
      sep = c;
      part++;
    } else if ((c === 32 || c === 84) && part === 2) break;
    else return null;
  }
  if (part !== 2 || lens[2] === 0) return null;
  return {
    a: nums[0] ?? 0,
    b: nums[1] ?? 0,
    c: nums[2] ?? 0,
    aLen: lens[0] ?? 0,
    cLen: lens[2] ?? 0,
    sep,
  };
}

function iso(year: number, month: number, day: number): IsoDate | null {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** An Excel serial day number (1900 date system) as an ISO date. */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(serial) * 86_400_000);
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * Reads a date as an ISO date. Year-first forms (2026-05-14, 2026/05/14) are unambiguous;
 * "14.05.2026" (dot) is always day-first; "a/b/yyyy" and "a-b-yyyy" follow `order`. Two-digit
 * years are 20yy. With `serials`, a plain number is an Excel serial date (XLSX files).
 */
export function parseDate(text: string, order: DateOrder, serials = false): IsoDate | null {
  const p = split(text);
  if (!p) {
    if (serials && /^\d{1,7}(?:\.\d+)?$/.test(text)) return excelSerialToIso(Number(text));
    return null;
  }
  if (p.aLen === 4) return p.cLen <= 2 ? iso(p.a, p.b, p.c) : null;
  if (p.aLen > 2 || (p.cLen !== 4 && p.cLen !== 2)) return null;
  const year = p.cLen === 2 ? 2000 + p.c : p.c;
  const dayFirst = p.sep === 46 || order === 'dmy';
  return dayFirst ? iso(year, p.b, p.a) : iso(year, p.a, p.b);
}

/**
 * Decides how a column's "a/b/yyyy" dates are ordered: a first part over 12 proves day-first,
 * a second part over 12 proves month-first. When nothing proves either, day-first (most of the
 * supported languages) and `ambiguous` is true, but only if the column has such dates at all:
 * year-first (2026-05-14) and dotted (14.05.2026) dates are unambiguous by their form. When both
 * orders occur, the majority wins and the minority rows are rejected as bad dates.
 */
export function detectDateOrder(values: Iterable<string>): DateDetection {
  const detector = new DateOrderDetector();
  for (const value of values) detector.add(value);
  return detector.result();
}

export interface DateDetection {
  readonly order: DateOrder;
  readonly ambiguous: boolean;
  /** The forms seen, most frequent first. */
  readonly forms: DateForm[];
}

const FORM_ORDER: readonly DateForm[] = ['iso', 'dotted', 'numeric', 'serial'];

/** `detectDateOrder` fed one value at a time. */
export class DateOrderDetector {
  private dayFirst = 0;
  private monthFirst = 0;
  private last = '';
  private lastForm: DateForm | null = null;
  private readonly counts: Record<DateForm, number> = { iso: 0, dotted: 0, numeric: 0, serial: 0 };

  /** With `serials` (XLSX), a plain number counts as an Excel serial date. */
  constructor(private readonly serials = false) {}

  add(value: string): void {
    if (value === this.last) {
      // Files are mostly sorted by date: a repeat adds to its form's count and nothing else.
      if (this.lastForm) this.counts[this.lastForm]++;
      return;
    }
    this.last = value;
    this.lastForm = null;
    const p = split(value);
    if (!p) {
      if (this.serials && /^\d{1,7}(?:\.\d+)?$/.test(value)) this.count('serial');
      return;
    }
    if (p.aLen === 4) return this.count('iso');
    if (p.sep === 46) return this.count('dotted');
    this.count('numeric');
    if (p.a > 12 && p.b <= 12) this.dayFirst++;
    else if (p.b > 12 && p.a <= 12) this.monthFirst++;
  }

  private count(form: DateForm): void {
    this.counts[form]++;
    this.lastForm = form;
  }

  result(): DateDetection {
    const forms = FORM_ORDER.filter((f) => this.counts[f] > 0).sort(
      (a, b) => this.counts[b] - this.counts[a],
    );
    if (this.dayFirst === 0 && this.monthFirst === 0)
      return { order: 'dmy', ambiguous: this.counts.numeric > 0, forms };
    return { order: this.monthFirst > this.dayFirst ? 'mdy' : 'dmy', ambiguous: false, forms };
  }
}
