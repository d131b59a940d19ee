import type { ClaimAggregateRow, ClaimRow, InvoiceRow, LineAggregateRow } from './rows';

/**
 * Per-quarter aggregates are kept as deltas applied in the same transaction as the writes they
 * summarise, so the dashboard reads a few dozen rows instead of scanning every invoice line.
 * These functions are pure: they turn row changes into deltas; the repositories apply them.
 */

export function lineAggregateId(
  row: Pick<
    InvoiceRow,
    'quarter' | 'partnerId' | 'family' | 'topseller' | 'accelerator' | 'currency'
  >,
): string {
  return `${row.quarter}|${row.partnerId}|${row.family}|${row.topseller ? 1 : 0}|${row.accelerator ? 1 : 0}|${row.currency}`;
}

export function claimAggregateId(
  row: Pick<ClaimRow, 'quarter' | 'repId' | 'program' | 'status' | 'family' | 'unit'>,
): string {
  return `${row.quarter}|${row.repId}|${row.program}|${row.status}|${row.family}|${row.unit}`;
}

export class LineAggregateDelta {
  readonly byId = new Map<string, LineAggregateRow>();

  add(row: InvoiceRow, sign: 1 | -1): void {
    const id = lineAggregateId(row);
    let entry = this.byId.get(id);
    if (!entry) {
      entry = {
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
      this.byId.set(id, entry);
    }
    entry.lines += sign;
    entry.units += sign * row.quantity;
    entry.revenueCents += sign * row.lineTotalCents;
  }

  /** Merges the deltas into the stored rows; rows that drop to zero lines are deleted. */
  merge(stored: readonly (LineAggregateRow | undefined)[]): {
    put: LineAggregateRow[];
    remove: string[];
  } {
    const put: LineAggregateRow[] = [];
    const remove: string[] = [];
    [...this.byId.values()].forEach((delta, i) => {
      const base = stored[i];
      const lines = (base?.lines ?? 0) + delta.lines;
      if (lines === 0) {
        if (base) remove.push(delta.id);
        return;
      }
      if (lines < 0)
        throw new Error(`aggregate ${delta.id} would go negative: the store is inconsistent`);
      put.push({
        ...delta,
        lines,
        units: (base?.units ?? 0) + delta.units,
        revenueCents: (base?.revenueCents ?? 0) + delta.revenueCents,
      });
    });
    return { put, remove };
  }
}

export class ClaimAggregateDelta {
  readonly byId = new Map<string, ClaimAggregateRow>();

  add(row: ClaimRow, sign: 1 | -1): void {
    const id = claimAggregateId(row);
    let entry = this.byId.get(id);
    if (!entry) {
      entry = {
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
      this.byId.set(id, entry);
    }
    entry.claims += sign;
    entry.units += sign * row.units;
    entry.amount += sign * row.amount;
  }

  merge(stored: readonly (ClaimAggregateRow | undefined)[]): {
    put: ClaimAggregateRow[];
    remove: string[];
  } {
    const put: ClaimAggregateRow[] = [];
    const remove: string[] = [];
    [...this.byId.values()].forEach((delta, i) => {
      const base = stored[i];
      const claims = (base?.claims ?? 0) + delta.claims;
      if (claims === 0) {
        if (base) remove.push(delta.id);
        return;
      }
      if (claims < 0)
        throw new Error(`aggregate ${delta.id} would go negative: the store is inconsistent`);
      put.push({
        ...delta,
        claims,
        units: (base?.units ?? 0) + delta.units,
        amount: (base?.amount ?? 0) + delta.amount,
      });
    });
    return { put, remove };
  }
}

/** Full recount from rows: the reference the incremental aggregates must always equal. */
export function recountLineAggregates(rows: Iterable<InvoiceRow>): LineAggregateRow[] {
  const delta = new LineAggregateDelta();
  for (const row of rows) delta.add(row, 1);
  return delta.merge([]).put.sort((a, b) => (a.id < b.id ? -1 : 1));
}

export function recountClaimAggregates(rows: Iterable<ClaimRow>): ClaimAggregateRow[] {
  const delta = new ClaimAggregateDelta();
  for (const row of rows) delta.add(row, 1);
  return delta.merge([]).put.sort((a, b) => (a.id < b.id ? -1 : 1));
}
