import {
  invoiceLineKey,
  lineTotalCents,
  sameInvoiceLineValues,
  quarterKey,
  quarterOf,
  type FiscalCalendar,
  type InvoiceLine,
} from '../../shared/index';
import { applyAggregateDelta, WeeklyAggregateDelta, LineAggregateDelta } from './aggregates';
import { compactInvoiceRow, StringPool } from './compact-rows';
import type { PartnerRewardsDb } from './database';
import { guardStorage } from './errors';
import type { InvoiceRow } from './rows';

export interface UpsertResult {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface LineExtras {
  /** Elevate accelerator flag per SKU (from the catalog). */
  readonly acceleratorSkus?: ReadonlySet<string>;
  readonly calendar?: FiscalCalendar;
}

export function toInvoiceRow(
  line: InvoiceLine,
  batchId: string,
  extras: LineExtras = {},
): InvoiceRow {
  return {
    distributor: line.distributor,
    partnerId: line.partnerId,
    invoiceNo: line.invoiceNo,
    lineNo: line.lineNo,
    date: line.date,
    sku: line.sku,
    family: line.family,
    topseller: line.topseller,
    quantity: line.quantity,
    unitPriceCents: line.unitPriceCents,
    currency: line.currency,
    customerName: line.customerName,
    key: invoiceLineKey(line),
    quarter: quarterKey(quarterOf(line.date, extras.calendar)),
    lineTotalCents: lineTotalCents(line),
    accelerator: extras.acceleratorSkus?.has(line.sku) ?? false,
    batchId,
    search: `${line.invoiceNo} ${line.sku} ${line.customerName} ${line.partnerId}`.toLowerCase(),
  };
}

/** The tables a write of invoice lines touches: the lines and the aggregates kept from them. */
export function invoiceLineTables(db: PartnerRewardsDb) {
  return [db.invoiceLines, db.lineAggregates, db.weeklyAggregates];
}

/** Both aggregates of the lines, changed together. */
class LineDeltas {
  private readonly quarter = new LineAggregateDelta();
  private readonly weekly = new WeeklyAggregateDelta();
  add(row: InvoiceRow, sign: 1 | -1): void {
    this.quarter.add(row, sign);
    this.weekly.add(row, sign);
  }
  async apply(db: PartnerRewardsDb): Promise<void> {
    await applyAggregateDelta(db.lineAggregates, this.quarter);
    await applyAggregateDelta(db.weeklyAggregates, this.weekly);
  }
}

function sameLine(a: InvoiceRow, b: InvoiceRow): boolean {
  return sameInvoiceLineValues(a, b) && a.accelerator === b.accelerator;
}

/**
 * Inserts or corrects invoice lines (key: distributor + invoice + line number) and keeps the
 * per-quarter aggregates in the same transaction. A line identical to the stored one is left
 * untouched, so re-importing a file changes nothing.
 */
export async function upsertInvoiceRows(
  db: PartnerRewardsDb,
  rows: readonly InvoiceRow[],
): Promise<UpsertResult> {
  return guardStorage(() =>
    db.transaction('rw', invoiceLineTables(db), () => upsertInTransaction(db, rows)),
  );
}

/** The body of upsertInvoiceRows, for callers that already hold a transaction over both tables. */
export async function upsertInTransaction(
  db: PartnerRewardsDb,
  rows: readonly InvoiceRow[],
): Promise<UpsertResult> {
  const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0 };
  if (rows.length === 0) return result;
  // Later rows of the same chunk win (a correction within one call).
  const byKey = new Map<string, InvoiceRow>();
  for (const row of rows) byKey.set(row.key, row);
  const keys = [...byKey.keys()];

  // One key-range read finds which keys exist; a fresh import then does no per-row reads.
  let min = keys[0] as string;
  let max = min;
  for (const key of keys) {
    if (key < min) min = key;
    if (key > max) max = key;
  }
  // If the range holds far more stored keys than this chunk (interleaved invoices), read by key instead.
  const limit = keys.length * 4;
  const inRange = await db.invoiceLines
    .where(':id')
    .between(min, max, true, true)
    .limit(limit)
    .primaryKeys();
  const existingKeys = inRange.length >= limit ? keys : inRange.filter((k) => byKey.has(k));
  const stored = existingKeys.length ? await db.invoiceLines.bulkGet(existingKeys) : [];
  const storedByKey = new Map<string, InvoiceRow>();
  stored.forEach((row) => row && storedByKey.set(row.key, row));

  const delta = new LineDeltas();
  const toPut: InvoiceRow[] = [];
  for (const row of byKey.values()) {
    const old = storedByKey.get(row.key);
    // The server of record's copy wins over a local file's line with the same key (README "Sync
    // in the app"): a local import never overwrites it; a correction arrives by pull.
    if (old && (old.origin === 'server' || sameLine(old, row))) {
      result.unchanged += 1;
      continue;
    }
    if (old) {
      delta.add(old, -1);
      result.updated += 1;
    } else {
      result.inserted += 1;
    }
    delta.add(row, 1);
    toPut.push(row);
  }
  if (toPut.length) await db.invoiceLines.bulkPut(toPut);
  await delta.apply(db);
  return result;
}

export async function upsertInvoiceLines(
  db: PartnerRewardsDb,
  lines: readonly InvoiceLine[],
  batchId: string,
  extras: LineExtras = {},
): Promise<UpsertResult> {
  return upsertInvoiceRows(
    db,
    lines.map((line) => toInvoiceRow(line, batchId, extras)),
  );
}

/** Deletes lines by key, aggregates included. Claims on them stay (their history matters). */
export async function deleteInvoiceLines(
  db: PartnerRewardsDb,
  keys: readonly string[],
): Promise<number> {
  return guardStorage(() =>
    db.transaction('rw', invoiceLineTables(db), async () => {
      // Deduplicate: a key listed twice must be subtracted once.
      const rows = (await db.invoiceLines.bulkGet([...new Set(keys)])).filter(
        (r): r is InvoiceRow => r !== undefined,
      );
      const delta = new LineDeltas();
      rows.forEach((row) => delta.add(row, -1));
      await db.invoiceLines.bulkDelete(rows.map((r) => r.key));
      await delta.apply(db);
      return rows.length;
    }),
  );
}

export interface InvoiceFilter {
  readonly quarter?: string;
  readonly family?: string;
  readonly text?: string;
}

/**
 * Lines of a quarter (newest first), filtered: the invoice table's source. Read with one getAll
 * inside an explicit transaction: inside a live query Dexie would otherwise cache the raw rows
 * and hand out a deep clone (two copies of 100,000 rows, and a cursor is slower still). The rows
 * returned share their repeated strings (see compact-rows.ts).
 */
export async function listInvoiceLines(
  db: PartnerRewardsDb,
  filter: InvoiceFilter = {},
): Promise<InvoiceRow[]> {
  const collection = filter.quarter
    ? db.invoiceLines
        .where('[quarter+date]')
        .between([filter.quarter, ''], [filter.quarter, '\uffff'])
    : db.invoiceLines.toCollection();
  const text = filter.text?.trim().toLowerCase();
  const stored = await db.transaction('r', db.invoiceLines, () => collection.toArray());
  const pool = new StringPool();
  const rows: InvoiceRow[] = [];
  for (let i = stored.length - 1; i >= 0; i -= 1) {
    const row = stored[i];
    if (!row) continue;
    if (filter.family && row.family !== filter.family) continue;
    if (text && !row.search.includes(text)) continue;
    rows.push(compactInvoiceRow(row, pool));
  }
  return rows;
}
