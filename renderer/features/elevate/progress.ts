import { applyBps, type IsoDate } from '../../../shared/index';
import { weekIndex, weeksOfQuarter } from '../dashboard/weekly';

export interface ProgressPoint {
  readonly week: number;
  readonly end: IsoDate;
  /** Cumulative counted revenue at the end of the week; null for weeks after today. */
  readonly countedCents: number | null;
}

/**
 * Cumulative counted Elevate revenue (accelerated revenue multiplied) week by week over a quarter,
 * up to today, from the partner's daily aggregates. Other partners or currencies must be filtered
 * out by the caller.
 */
export function cumulativeCounted(
  start: IsoDate,
  end: IsoDate,
  today: IsoDate,
  days: readonly {
    readonly date: IsoDate;
    readonly revenueCents: number;
    /** The part of revenueCents from accelerator lines. */
    readonly acceleratedCents: number;
  }[],
  multiplierBps: number,
): ProgressPoint[] {
  const weeks = weeksOfQuarter(start, end);
  const perWeek = weeks.map(() => 0);
  for (const day of days) {
    const i = weekIndex(start, end, day.date);
    if (i < 0) continue;
    perWeek[i] =
      (perWeek[i] ?? 0) +
      day.revenueCents -
      day.acceleratedCents +
      applyBps(day.acceleratedCents, multiplierBps);
  }
  let running = 0;
  return weeks.map((w, i) => {
    running += perWeek[i] ?? 0;
    return { week: w.week, end: w.end, countedCents: w.start <= today ? running : null };
  });
}
