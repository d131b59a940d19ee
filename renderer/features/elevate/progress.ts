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
  const perWeek = weeks.map(() => ({ revenue: 0, accelerated: 0 }));
  for (const row of revenue) {
    const week = perWeek[row.week - 1];
    if (!week) continue;
    week.revenue += row.revenueCents;
    week.accelerated += row.acceleratedCents;
  }
  // The multiplier applies to the running accelerated total, as elevatePayout applies it to the
  // quarter's: per-week rounding would leave the chart's last point cents away from the card.
  let revenueSoFar = 0;
  let acceleratedSoFar = 0;
  return weeks.map((w, i) => {
    revenueSoFar += perWeek[i]?.revenue ?? 0;
    acceleratedSoFar += perWeek[i]?.accelerated ?? 0;
    const counted = revenueSoFar - acceleratedSoFar + applyBps(acceleratedSoFar, multiplierBps);
    return { week: w.week, end: w.end, countedCents: w.start <= today ? counted : null };
  });
}
