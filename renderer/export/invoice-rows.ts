import type { InvoiceLine } from '../../shared/index';
import type { CellInput, ColumnKind } from './workbook-spec';

/** The "Invoice lines" sheet: one row per distributor line of the quarter. */
export const INVOICE_COLUMNS: readonly {
  readonly key: string;
  readonly kind: ColumnKind;
}[] = [
  { key: 'date', kind: 'date' },
  { key: 'distributor', kind: 'text' },
  { key: 'partner', kind: 'text' },
  { key: 'invoice', kind: 'text' },
  { key: 'line', kind: 'integer' },
  { key: 'sku', kind: 'text' },
  { key: 'family', kind: 'text' },
  { key: 'topseller', kind: 'text' },
  { key: 'quantity', kind: 'integer' },
  { key: 'unitPrice', kind: 'amount' },
  { key: 'lineTotal', kind: 'amount' },
  { key: 'currency', kind: 'text' },
  { key: 'customer', kind: 'text' },
];

export interface InvoiceLabels {
  readonly familyLabels: Readonly<Record<string, string>>;
  readonly yes: string;
  readonly no: string;
}

export function invoiceCells(line: InvoiceLine, labels: InvoiceLabels): CellInput[] {
  return [
    line.date,
    line.distributor,
    line.partnerId,
    line.invoiceNo,
    line.lineNo,
    line.sku,
    labels.familyLabels[line.family] ?? line.family,
    line.topseller ? labels.yes : labels.no,
    line.quantity,
    line.unitPriceCents,
    line.quantity * line.unitPriceCents,
    line.currency,
    line.customerName,
  ];
}
