import { applyBps, type IsoDate } from '../../../shared/index';
import { weeksOfQuarter } from '../dashboard/weekly';

export interface ProgressPoint {
  readonly week: number;
  readonly end: IsoDate;
  /** Cumulative counted revenue at the end of the week; null for weeks after today. */
  readonly countedCents: number | null;
}

/**
 * Cumulative counted Elevate revenue (accelerated revenue multiplied) week by week over a quarter,
 * up to today, from the partner's weekly aggregates. Other partners or currencies must be filtered
 * out by the caller.
 */
export function cumulativeCounted(
  start: IsoDate,
  end: IsoDate,
  today: IsoDate,
  revenue: readonly {
    /** Week of the quarter, 1-based. */
    readonly week: number;
    readonly revenueCents: number;
    /** The part of revenueCents from accelerator lines. */
    readonly acceleratedCents: number;
  }[],
  multiplierBps: number,
): ProgressPoint[] {
  const weeks = weeksOfQuarter(start, end);
  const perWeek = weeks.map(() => 0);
  for (const row of revenue) {
    const i = row.week - 1;
    if (i < 0 || i >= perWeek.length) continue;
    perWeek[i] =
      (perWeek[i] ?? 0) +
      row.revenueCents -
      row.acceleratedCents +
      applyBps(row.acceleratedCents, multiplierBps);
  }
  let running = 0;
  return weeks.map((w, i) => {
    running += perWeek[i] ?? 0;
    return { week: w.week, end: w.end, countedCents: w.start <= today ? running : null };
  });
}
