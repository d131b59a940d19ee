import { DEAL_2017, LEAP_2019, SPIFF_2017, type PulledRow } from '../../shared/index';
import type { PartnerRewardsDb } from '../db/database';
import { toInvoiceRow, upsertInvoiceRows } from '../db/invoices-repo';
import type { ClaimRow, InvoiceRow } from '../db/rows';
import { makeLine } from '../db/test-support';

/** Builders the sync engine's tests share: the rules and clock they claim with, and pulled rows. */

export const RULES = { spiff: SPIFF_2017, deal: DEAL_2017, leap: LEAP_2019 };
export const NOW = '2026-06-01T09:00:00.000Z';

/** `n` server-family lines of one May 2026 day, stored locally (claimable under RULES at NOW). */
export async function storeLines(
  db: PartnerRewardsDb,
  n: number,
  overrides: { quantity?: number } = {},
): Promise<InvoiceRow[]> {
  const rows = Array.from({ length: n }, (_, i) =>
    toInvoiceRow(
      makeLine(i * 10 + 6, { family: 'server', date: '2026-05-10', ...overrides }),
      'b1',
    ),
  );
  await upsertInvoiceRows(db, rows);
  return rows;
}

/** A line as the server sends it (the app's own fields, no local ones). */
export function serverLine(row: InvoiceRow, quantity = row.quantity): PulledRow {
  return {
    kind: 'invoiceLine',
    id: row.key,
    deleted: false,
    data: {
      key: row.key,
      distributor: row.distributor,
      partnerId: row.partnerId,
      invoiceNo: row.invoiceNo,
      lineNo: row.lineNo,
      date: row.date,
      quarter: row.quarter,
      sku: row.sku,
      family: row.family,
      topseller: row.topseller,
      quantity,
      unitPriceCents: row.unitPriceCents,
      lineTotalCents: row.unitPriceCents * quantity,
      currency: row.currency,
      customerName: row.customerName,
    },
  };
}

export function serverClaim(
  claim: ClaimRow,
  status: ClaimRow['status'],
  repId = claim.repId,
): PulledRow {
  return {
    kind: 'claim',
    id: claim.id,
    deleted: false,
    data: {
      id: claim.id,
      lineKey: claim.lineKey,
      program: claim.program,
      repId,
      partnerId: claim.partnerId,
      quarter: claim.quarter,
      family: claim.family,
      units: claim.units,
      amount: claim.amount,
      unit: claim.unit,
      status,
      ruleVersion: claim.ruleVersion,
      createdAt: NOW,
      updatedAt: NOW,
      history: [{ status, at: NOW, by: repId }],
    },
  };
}

export const page = (rows: PulledRow[], lastMutationId = 0, hasMore = false) => ({
  cursor: '1.1',
  hasMore,
  lastMutationId,
  rows,
});
