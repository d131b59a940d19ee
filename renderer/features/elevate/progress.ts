import { applyBps, type IsoDate } from '../../../shared/index';
import { weekIndex, weeksOfQuarter } from '../dashboard/weekly';

export interface ProgressPoint {
  readonly week: number;
  readonly end: IsoDate;
  /** Cumulative counted revenue at the end of the week; null for weeks after today. */
  readonly countedCents: number | null;
}

/**
 * Cumulative counted Elevate revenue (accelerated lines multiplied) week by week over a quarter,
 * up to today. Lines of other partners or currencies must be filtered out by the caller.
 */
export function cumulativeCounted(
  start: IsoDate,
  end: IsoDate,
  today: IsoDate,
  lines: readonly {
    readonly date: IsoDate;
    readonly lineTotalCents: number;
    readonly accelerator: boolean;
  }[],
  multiplierBps: number,
): ProgressPoint[] {
  const weeks = weeksOfQuarter(start, end);
  const perWeek = weeks.map(() => 0);
  for (const line of lines) {
    const i = weekIndex(start, end, line.date);
    if (i < 0) continue;
    perWeek[i] =
      (perWeek[i] ?? 0) +
      (line.accelerator ? applyBps(line.lineTotalCents, multiplierBps) : line.lineTotalCents);
  }
  let running = 0;
  return weeks.map((w, i) => {
    running += perWeek[i] ?? 0;
    return { week: w.week, end: w.end, countedCents: w.start <= today ? running : null };
  });
}
