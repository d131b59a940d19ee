import type { Table } from 'dexie';
import { daysBetween, parseQuarterKey, quarterStart } from '../../shared/index';
import type {
  ClaimAggregateRow,
  ClaimRow,
  WeeklyAggregateRow,
  InvoiceRow,
  LineAggregateRow,
} from './rows';

/**
 * Per-quarter aggregates are kept as deltas applied in the same transaction as the writes they
 * summarise, so the dashboard reads a few dozen rows instead of scanning every invoice line.
 * The delta classes are pure: they turn row changes into deltas; `applyAggregateDelta` stores them.
 */

export function lineAggregateId(
  row: Pick<
    InvoiceRow,
    'quarter' | 'partnerId' | 'family' | 'topseller' | 'accelerator' | 'currency'
  >,
): string {
  return `${row.quarter}|${row.partnerId}|${row.family}|${row.topseller ? 1 : 0}|${row.accelerator ? 1 : 0}|${row.currency}`;
}

// Quarter key → invoice date → week. A large import asks for the same few dozen dates again and
// again; parsing them each time made the weekly aggregates a quarter of the import's cost.
const weeksByQuarter = new Map<string, Map<string, number>>();

/** Week of the row's fiscal quarter, 1-based: week 1 starts on the quarter's first day. */
export function weekOfQuarter(row: Pick<InvoiceRow, 'quarter' | 'date'>): number {
  let weeks = weeksByQuarter.get(row.quarter);
  if (!weeks) {
    weeks = new Map();
    weeksByQuarter.set(row.quarter, weeks);
  }
  let week = weeks.get(row.date);
  if (week === undefined) {
    const start = quarterStart(parseQuarterKey(row.quarter));
    week = Math.floor(daysBetween(start, row.date) / 7) + 1;
    weeks.set(row.date, week);
  }
  return week;
}

export function claimAggregateId(
  row: Pick<ClaimRow, 'quarter' | 'repId' | 'program' | 'status' | 'family' | 'unit'>,
): string {
  return `${row.quarter}|${row.repId}|${row.program}|${row.status}|${row.family}|${row.unit}`;
}

type NumericKey<R> = { [K in keyof R]: R[K] extends number ? K : never }[keyof R];

/**
 * Deltas keyed by aggregate id. `count` is the field whose zero means "no rows any more" (the
 * aggregate row is deleted); `sums` are added alongside it.
 */
abstract class AggregateDelta<Source, R extends { readonly id: string }> {
  readonly byId = new Map<string, R>();

  protected constructor(
    private readonly count: NumericKey<R>,
    private readonly sums: readonly NumericKey<R>[],
  ) {}

  protected abstract idOf(source: Source): string;
  /** A zeroed aggregate row for the source's dimensions. */
  protected abstract empty(id: string, source: Source): R;
  /** What one source row contributes to `count` and each of `sums`. */
  protected abstract contribution(source: Source): readonly number[];

  add(source: Source, sign: 1 | -1): void {
    const id = this.idOf(source);
    let entry = this.byId.get(id);
    if (!entry) {
      entry = this.empty(id, source);
      this.byId.set(id, entry);
    }
    const values = this.contribution(source);
    const fields = [this.count, ...this.sums];
    const mutable = entry as Record<NumericKey<R>, number>;
    fields.forEach((field, i) => {
      mutable[field] += sign * (values[i] ?? 0);
    });
  }

  /** Merges the deltas into the stored rows (same order as `byId`); rows that reach zero go. */
  merge(stored: readonly (R | undefined)[]): { put: R[]; remove: string[] } {
    const put: R[] = [];
    const remove: string[] = [];
    [...this.byId.values()].forEach((delta, i) => {
      const base = stored[i] as Record<NumericKey<R>, number> | undefined;
      const add = delta as Record<NumericKey<R>, number>;
      const count = (base?.[this.count] ?? 0) + add[this.count];
      if (count === 0) {
        if (base) remove.push(delta.id);
        return;
      }
      if (count < 0)
        throw new Error(`aggregate ${delta.id} would go negative: the store is inconsistent`);
      const merged: Record<NumericKey<R>, number> = { ...add };
      merged[this.count] = count;
      for (const field of this.sums) merged[field] = (base?.[field] ?? 0) + add[field];
      put.push(merged as unknown as R);
    });
    return { put, remove };
  }
}

export class LineAggregateDelta extends AggregateDelta<InvoiceRow, LineAggregateRow> {
  constructor() {
    super('lines', ['units', 'revenueCents']);
  }
  protected idOf(row: InvoiceRow): string {
    return lineAggregateId(row);
  }
  protected empty(id: string, row: InvoiceRow): LineAggregateRow {
    return {
      id,
      quarter: row.quarter,
      partnerId: row.partnerId,
      family: row.family,
      topseller: row.topseller ? 1 : 0,
      accelerator: row.accelerator ? 1 : 0,
      currency: row.currency,
      lines: 0,
      units: 0,
      revenueCents: 0,
    };
  }
  protected contribution(row: InvoiceRow): readonly number[] {
    return [1, row.quantity, row.lineTotalCents];
  }
}

export class WeeklyAggregateDelta extends AggregateDelta<InvoiceRow, WeeklyAggregateRow> {
  constructor() {
    super('lines', ['revenueCents', 'acceleratedCents']);
  }
  protected idOf(row: InvoiceRow): string {
    return `${row.quarter}|${row.partnerId}|${row.currency}|w${weekOfQuarter(row)}`;
  }
  protected empty(id: string, row: InvoiceRow): WeeklyAggregateRow {
    return {
      id,
      quarter: row.quarter,
      partnerId: row.partnerId,
      currency: row.currency,
      week: weekOfQuarter(row),
      lines: 0,
      revenueCents: 0,
      acceleratedCents: 0,
    };
  }
  protected contribution(row: InvoiceRow): readonly number[] {
    return [1, row.lineTotalCents, row.accelerator ? row.lineTotalCents : 0];
  }
}

export class ClaimAggregateDelta extends AggregateDelta<ClaimRow, ClaimAggregateRow> {
  constructor() {
    super('claims', ['units', 'amount']);
  }
  protected idOf(row: ClaimRow): string {
    return claimAggregateId(row);
  }
  protected empty(id: string, row: ClaimRow): ClaimAggregateRow {
    return {
      id,
      quarter: row.quarter,
      repId: row.repId,
      program: row.program,
      status: row.status,
      family: row.family,
      unit: row.unit,
      claims: 0,
      units: 0,
      amount: 0,
    };
  }
  protected contribution(row: ClaimRow): readonly number[] {
    return [1, row.units, row.amount];
  }
}

/** Stores a delta: reads the touched aggregate rows, merges, writes and deletes. In the caller's transaction. */
export async function applyAggregateDelta<R extends { readonly id: string }>(
  table: Table<R, string>,
  delta: {
    readonly byId: ReadonlyMap<string, R>;
    merge(stored: readonly (R | undefined)[]): { put: R[]; remove: string[] };
  },
): Promise<void> {
  if (delta.byId.size === 0) return;
  const { put, remove } = delta.merge(await table.bulkGet([...delta.byId.keys()]));
  if (put.length) await table.bulkPut(put);
  if (remove.length) await table.bulkDelete(remove);
}

function recount<Source, R extends { readonly id: string }>(
  delta: AggregateDelta<Source, R>,
  rows: Iterable<Source>,
): R[] {
  for (const row of rows) delta.add(row, 1);
  return delta.merge([]).put.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Full recounts from rows: the reference the incremental aggregates must always equal. */
export function recountLineAggregates(rows: Iterable<InvoiceRow>): LineAggregateRow[] {
  return recount(new LineAggregateDelta(), rows);
}

export function recountWeeklyAggregates(rows: Iterable<InvoiceRow>): WeeklyAggregateRow[] {
  return recount(new WeeklyAggregateDelta(), rows);
}

export function recountClaimAggregates(rows: Iterable<ClaimRow>): ClaimAggregateRow[] {
  return recount(new ClaimAggregateDelta(), rows);
}
