import type { IsoDate } from '../calendar/dates';
import type { Family } from '../catalog/families';
import type { Currency } from '../money/money';

/**
 * One invoice line as distributors report it (DOMAIN.md common ground). Invoices belong to the
 * partner; a rep claims a line. The natural key is distributor + invoice number + line number:
 * a corrected line from a later file replaces the earlier one.
 */
export interface InvoiceLine {
  readonly distributor: string;
  readonly partnerId: string;
  readonly invoiceNo: string;
  readonly lineNo: number;
  readonly date: IsoDate;
  readonly sku: string;
  readonly family: Family;
  readonly topseller: boolean;
  readonly quantity: number;
  /** Price of one unit in minor units of `currency`. */
  readonly unitPriceCents: number;
  readonly currency: Currency;
  readonly customerName: string;
}

/** The natural key as one string: used as the primary key locally and on the server. */
export function invoiceLineKey(
  line: Pick<InvoiceLine, 'distributor' | 'invoiceNo' | 'lineNo'>,
): string {
  return `${line.distributor}\u001f${line.invoiceNo}\u001f${line.lineNo}`;
}

/** Line total = quantity × unit price (exact integer cents). */
export function lineTotalCents(line: Pick<InvoiceLine, 'quantity' | 'unitPriceCents'>): number {
  return line.quantity * line.unitPriceCents;
}

/** The values of a line beyond its key: what a correction may change. */
export const INVOICE_LINE_VALUE_FIELDS = [
  'partnerId',
  'date',
  'sku',
  'family',
  'topseller',
  'quantity',
  'unitPriceCents',
  'currency',
  'customerName',
] as const satisfies readonly (keyof InvoiceLine)[];

/** True when two lines with the same key carry the same values (a re-import, not a correction). */
export function sameInvoiceLineValues(a: InvoiceLine, b: InvoiceLine): boolean {
  return INVOICE_LINE_VALUE_FIELDS.every((field) => a[field] === b[field]);
}
