import {
  CLAIM_PROGRAMS,
  EARNED_STATUSES,
  parseQuarterKey,
  previousQuarters,
  quarterKey,
  type ClaimProgram,
} from '../../shared/index';
import type { ClaimAggregateRow, ClaimUnit } from '../db/index';

/**
 * Quarter over quarter and year to date, per rep and program: what was claimed (queued,
 * submitted, approved or paid; drafts and refused claims are not) in the quarter, the one
 * before, and the fiscal year so far. Pure: claim aggregates in, figures out.
 */
export interface TrendFigure {
  readonly program: ClaimProgram;
  readonly unit: ClaimUnit;
  readonly thisQuarter: number;
  readonly previousQuarter: number;
  readonly yearToDate: number;
}

/** The quarters the trend reads: the previous one and those of the fiscal year so far. */
export function trendQuarters(quarter: string): { previous: string; yearToDate: string[] } {
  const q = parseQuarterKey(quarter);
  const before = previousQuarters(q, 1)[0];
  return {
    previous: before ? quarterKey(before) : quarter,
    yearToDate: [...previousQuarters(q, q.quarter - 1).map(quarterKey), quarter],
  };
}

const EARNED = new Set(EARNED_STATUSES);

export function repTrend(
  claims: readonly ClaimAggregateRow[],
  repId: string,
  quarter: string,
): TrendFigure[] {
  const { previous, yearToDate } = trendQuarters(quarter);
  const ytd = new Set(yearToDate);
  const figures = new Map<string, { -readonly [K in keyof TrendFigure]: TrendFigure[K] }>();
  for (const row of claims) {
    if (row.repId !== repId || !EARNED.has(row.status)) continue;
    const key = `${row.program}|${row.unit}`;
    let figure = figures.get(key);
    if (!figure) {
      figure = {
        program: row.program,
        unit: row.unit,
        thisQuarter: 0,
        previousQuarter: 0,
        yearToDate: 0,
      };
      figures.set(key, figure);
    }
    if (row.quarter === quarter) figure.thisQuarter += row.amount;
    if (row.quarter === previous) figure.previousQuarter += row.amount;
    if (ytd.has(row.quarter)) figure.yearToDate += row.amount;
  }
  const order = (f: TrendFigure) => CLAIM_PROGRAMS.indexOf(f.program);
  return [...figures.values()].sort((a, b) => order(a) - order(b) || a.unit.localeCompare(b.unit));
}
