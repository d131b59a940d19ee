import type { InvoiceLine } from '../../shared/index';
import type { CellInput, ColumnKind } from './workbook-spec';

/** The "Invoice lines" sheet: one row per distributor line of the quarter. */
export const INVOICE_COLUMNS: readonly {
  readonly key: string;
  readonly kind: ColumnKind;
  readonly width: number;
}[] = [
  { key: 'date', kind: 'date', width: 12 },
  { key: 'distributor', kind: 'text', width: 16 },
  { key: 'partner', kind: 'text', width: 10 },
  { key: 'invoice', kind: 'text', width: 14 },
  { key: 'line', kind: 'integer', width: 7 },
  { key: 'sku', kind: 'text', width: 13 },
  { key: 'family', kind: 'text', width: 18 },
  { key: 'topseller', kind: 'text', width: 10 },
  { key: 'quantity', kind: 'integer', width: 9 },
  { key: 'unitPrice', kind: 'amount', width: 12 },
  { key: 'lineTotal', kind: 'amount', width: 13 },
  { key: 'currency', kind: 'text', width: 9 },
  { key: 'customer', kind: 'text', width: 28 },
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
