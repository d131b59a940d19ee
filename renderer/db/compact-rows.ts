import type { InvoiceRow } from './rows';

/**
 * IndexedDB hands back a fresh string for every field of every row: 100,000 lines of a quarter
 * become ~1.2 million heap strings, and each major garbage collection walks them all (the 40 ms
 * pauses seen while scrolling the invoice table). Most fields repeat (partner, family, currency,
 * date, SKU, customer...), so rows read for display share one copy of each repeated value.
 * Values are unchanged; only their identity is shared.
 */
export class StringPool {
  private readonly pool = new Map<string, string>();

  share<T extends string>(value: T): T {
    const known = this.pool.get(value);
    if (known !== undefined) return known as T;
    this.pool.set(value, value);
    return value;
  }
}

export function compactInvoiceRow(row: InvoiceRow, pool: StringPool): InvoiceRow {
  const s = <T extends string>(value: T): T => pool.share(value);
  // Every field listed (not spread), so all rows get one object shape and a new field fails to
  // compile here instead of silently missing.
  return {
    distributor: s(row.distributor),
    partnerId: s(row.partnerId),
    invoiceNo: row.invoiceNo,
    lineNo: row.lineNo,
    date: s(row.date),
    sku: s(row.sku),
    family: s(row.family),
    topseller: row.topseller,
    quantity: row.quantity,
    unitPriceCents: row.unitPriceCents,
    currency: s(row.currency),
    customerName: s(row.customerName),
    key: row.key,
    quarter: s(row.quarter),
    lineTotalCents: row.lineTotalCents,
    accelerator: row.accelerator,
    batchId: s(row.batchId),
    search: row.search,
    origin: row.origin,
  };
}
