import type { FeedRow } from './feed';
import { partnerScope } from './feed';

/** Database rows → the data a pulled row carries (the app's field names, camelCase). */

const iso = (value: unknown): string =>
  value instanceof Date ? value.toISOString() : String(value);
const day = (value: unknown): string =>
  value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);

export interface ClaimDbRow {
  id: string;
  line_key: string;
  program: string;
  rep_id: string;
  partner_id: string;
  quarter: string;
  family: string;
  units: number;
  amount: string | number;
  unit: string;
  status: string;
  reason: string | null;
  nominated_customer_name: string | null;
  rule_version: string;
  created_at: unknown;
  updated_at: unknown;
  history: unknown;
}

export function claimFeedRow(row: ClaimDbRow): FeedRow {
  return {
    scope: partnerScope(row.partner_id),
    kind: 'claim',
    id: row.id,
    ownerId: row.rep_id,
    data: {
      id: row.id,
      lineKey: row.line_key,
      program: row.program,
      repId: row.rep_id,
      partnerId: row.partner_id,
      quarter: row.quarter,
      family: row.family,
      units: row.units,
      amount: Number(row.amount),
      unit: row.unit,
      status: row.status,
      ...(row.reason ? { reason: row.reason } : {}),
      ...(row.nominated_customer_name
        ? { nominatedCustomerName: row.nominated_customer_name }
        : {}),
      ruleVersion: row.rule_version,
      createdAt: iso(row.created_at),
      updatedAt: iso(row.updated_at),
      history: row.history,
    },
  };
}

export const CLAIM_COLUMNS =
  'id, line_key, program, rep_id, partner_id, quarter, family, units, amount::text as amount, unit, status, reason, nominated_customer_name, rule_version, created_at, updated_at, history';

/** An invoice line as lines_with_claims (migration 9) answers it. */
export interface InvoiceLineDbRow {
  key: string;
  distributor: string;
  invoice_no: string;
  line_no: number;
  partner_id: string;
  date: unknown;
  quarter: string;
  sku: string;
  family: string;
  topseller: boolean;
  quantity: number;
  unit_price_cents: string | number;
  currency: string;
  customer_name: string;
}

/** The columns of an InvoiceLineDbRow, for a query that reads lines as lines_with_claims does. */
export const LINE_COLUMNS =
  'key, distributor, invoice_no, line_no, partner_id, date, quarter, sku, family, topseller, quantity, unit_price_cents::text as unit_price_cents, currency, customer_name';

export function lineData(row: InvoiceLineDbRow): Record<string, unknown> {
  const unit = Number(row.unit_price_cents);
  return {
    key: row.key,
    distributor: row.distributor,
    partnerId: row.partner_id,
    invoiceNo: row.invoice_no,
    lineNo: row.line_no,
    date: day(row.date),
    quarter: row.quarter,
    sku: row.sku,
    family: row.family,
    topseller: row.topseller,
    quantity: row.quantity,
    unitPriceCents: unit,
    lineTotalCents: unit * row.quantity,
    currency: row.currency,
    customerName: row.customer_name,
  };
}

export { day, iso };
