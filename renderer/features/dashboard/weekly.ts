import { addDays, daysBetween, type IsoDate } from '../../../shared/index';

/** One week of a quarter: week 1 starts on the quarter's first day; the last week may be short. */
export interface WeekBucket {
  readonly week: number;
  readonly start: IsoDate;
  readonly end: IsoDate;
  revenueCents: number;
  claimedCents: number;
}

export function weeksOfQuarter(start: IsoDate, end: IsoDate): WeekBucket[] {
  const weeks: WeekBucket[] = [];
  for (let from = start, week = 1; from <= end; from = addDays(from, 7), week += 1) {
    const last = addDays(from, 6);
    weeks.push({
      week,
      start: from,
      end: last < end ? last : end,
      revenueCents: 0,
      claimedCents: 0,
    });
  }
  return weeks;
}

/** Index of the week a date falls in, or -1 outside the quarter. */
export function weekIndex(start: IsoDate, end: IsoDate, date: IsoDate): number {
  if (date < start || date > end) return -1;
  return Math.floor(daysBetween(start, date) / 7);
}

/**
 * Revenue sold per week (from the weekly aggregates, by invoice date) and SPIFF claimed per week
 * (by claim date), over the weeks of a quarter. Entries outside the quarter are left out.
 */
export function weeklySeries(
  start: IsoDate,
  end: IsoDate,
  revenue: readonly { readonly week: number; readonly revenueCents: number }[],
  claims: readonly { readonly date: IsoDate; readonly amountCents: number }[],
): WeekBucket[] {
  const weeks = weeksOfQuarter(start, end);
  for (const row of revenue) {
    const bucket = weeks[row.week - 1];
    if (bucket) bucket.revenueCents += row.revenueCents;
  }
  for (const claim of claims) {
    const bucket = weeks[weekIndex(start, end, claim.date)];
    if (bucket) bucket.claimedCents += claim.amountCents;
  }
  return weeks;
}
