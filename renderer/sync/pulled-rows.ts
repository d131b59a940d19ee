import {
  ClaimStatusChangeSchema,
  CURRENCIES,
  FAMILIES,
  LEAP_ACTIVITY_KINDS,
  LEAP_REDEMPTION_STATUSES,
  RuleVersionSchema,
  ServerClaimSchema,
} from '../../shared/index';
import { z } from '../../shared/zod';
import type {
  CatalogRow,
  ClaimRow,
  ElevateEnrolmentRow,
  InvoiceRow,
  LeapActivityRow,
  LeapRedemptionRow,
  RuleVersionRow,
} from '../db/rows';
import { ACTIVE_CLAIM_STATUSES } from '../../shared/index';

/**
 * Pulled rows' data → local rows. Pure: the page applier (apply-page.ts) stores what these return.
 * Each kind is parsed, so a server that sends something else fails the page (and the sync run
 * reports it) instead of storing a row the screens cannot read.
 */

const LineSchema = z.object({
  key: z.string(),
  distributor: z.string(),
  partnerId: z.string(),
  invoiceNo: z.string(),
  lineNo: z.number().int(),
  date: z.string(),
  quarter: z.string(),
  sku: z.string(),
  family: z.enum(FAMILIES),
  topseller: z.boolean(),
  quantity: z.number().int(),
  unitPriceCents: z.number().int(),
  lineTotalCents: z.number().int(),
  currency: z.enum(CURRENCIES),
  customerName: z.string(),
});

/** Batch id of pulled lines: the import history lists local files only. */
export const SERVER_BATCH = 'server';

type ServerLine = z.infer<typeof LineSchema>;
const FAMILY_SET: ReadonlySet<unknown> = new Set(FAMILIES);
const CURRENCY_SET: ReadonlySet<unknown> = new Set(CURRENCIES);
const isText = (v: unknown): v is string => typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isSafeInteger(v);

/**
 * The common case of LineSchema without zod: a first sync reads 100,000 lines and zod's object
 * parse was a tenth of its main-thread time. It accepts only what LineSchema accepts (safe
 * integers, the closed sets); anything it does not accept goes to LineSchema, which has the final
 * word and the error message. Unknown fields are dropped, as LineSchema drops them.
 */
function plainLine(data: unknown): ServerLine | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const d = data as Record<string, unknown>;
  const { key, distributor, partnerId, invoiceNo, lineNo, date, quarter, sku, family } = d;
  const { topseller, quantity, unitPriceCents, lineTotalCents, currency, customerName } = d;
  if (
    !isText(key) ||
    !isText(distributor) ||
    !isText(partnerId) ||
    !isText(invoiceNo) ||
    !isInt(lineNo) ||
    !isText(date) ||
    !isText(quarter) ||
    !isText(sku) ||
    !FAMILY_SET.has(family) ||
    typeof topseller !== 'boolean' ||
    !isInt(quantity) ||
    !isInt(unitPriceCents) ||
    !isInt(lineTotalCents) ||
    !CURRENCY_SET.has(currency) ||
    !isText(customerName)
  )
    return undefined;
  return {
    key,
    distributor,
    partnerId,
    invoiceNo,
    lineNo,
    date,
    quarter,
    sku,
    family: family as ServerLine['family'],
    topseller,
    quantity,
    unitPriceCents,
    lineTotalCents,
    currency: currency as ServerLine['currency'],
    customerName,
  };
}

export function lineFromServer(data: unknown, acceleratorSkus: ReadonlySet<string>): InvoiceRow {
  const line = plainLine(data) ?? LineSchema.parse(data);
  return {
    ...line,
    accelerator: acceleratorSkus.has(line.sku),
    batchId: SERVER_BATCH,
    search: `${line.invoiceNo} ${line.sku} ${line.customerName} ${line.partnerId}`.toLowerCase(),
    origin: 'server',
  };
}

/**
 * The shared ServerClaimSchema with the app's closed sets, and as a plain (not strict) object: a
 * field a newer server adds is dropped, not a reason to fail the page.
 */
const ClaimSchema = z.object({
  ...ServerClaimSchema.shape,
  family: z.enum(FAMILIES),
  unit: z.enum([...CURRENCIES, 'points']),
  history: z.array(ClaimStatusChangeSchema).default([]),
});

/** The key a claim holds in the unique `activeKey` index while its status holds the line. */
export function activeKeyOf(claim: Pick<ClaimRow, 'lineKey' | 'program' | 'status'>) {
  return ACTIVE_CLAIM_STATUSES.has(claim.status)
    ? `${claim.lineKey}\u001f${claim.program}`
    : undefined;
}

export function claimFromServer(data: unknown): ClaimRow {
  const c = ClaimSchema.parse(data);
  const activeKey = activeKeyOf(c);
  const { reason, nominatedCustomerName, ...rest } = c;
  return {
    ...rest,
    ...(activeKey ? { activeKey } : {}),
    ...(reason ? { reason } : {}),
    ...(nominatedCustomerName !== undefined ? { nominatedCustomerName } : {}),
    origin: 'server',
  };
}

const CatalogSchema = z.object({
  sku: z.string(),
  name: z.string(),
  family: z.enum(FAMILIES),
  topseller: z.boolean(),
  listPriceCents: z.number().int(),
  accelerator: z.boolean().default(false),
  leapPoints: z.number().int().optional(),
});

export function catalogFromServer(data: unknown): CatalogRow {
  return CatalogSchema.parse(data);
}

export function ruleFromServer(data: unknown): RuleVersionRow {
  const rule = RuleVersionSchema.parse(data);
  return {
    version: rule.version,
    program: rule.program,
    effectiveFrom: rule.effectiveFrom,
    data: rule,
  };
}

const EnrolmentSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  quarter: z.string(),
  targetCents: z.number().int(),
  acceptedOn: z.string(),
  level: z.enum(['top', 'entry', 'closed']),
  acceptedBy: z.string(),
  ruleVersion: z.string(),
});

export function enrolmentFromServer(data: unknown): ElevateEnrolmentRow {
  return EnrolmentSchema.parse(data);
}

const LeapActivitySchema = z.object({
  id: z.string(),
  userId: z.string(),
  kind: z.enum(LEAP_ACTIVITY_KINDS),
  title: z.string(),
  completedOn: z.string(),
  points: z.number().int(),
});

export function leapActivityFromServer(data: unknown): LeapActivityRow {
  return LeapActivitySchema.parse(data);
}

const LeapRedemptionSchema = z.object({
  id: z.string(),
  userId: z.string(),
  rewardId: z.string(),
  points: z.number().int(),
  requestedOn: z.string(),
  status: z.enum(LEAP_REDEMPTION_STATUSES),
});

export function leapRedemptionFromServer(data: unknown): LeapRedemptionRow {
  return LeapRedemptionSchema.parse(data);
}

/** One participant of the partner's LEAP leaderboard, as the server counts it. */
export interface LeaderboardEntry {
  readonly userId: string;
  /** null: the participant has not consented to show their name (the server leaves it out). */
  readonly name: string | null;
  readonly points: number;
}

const LeaderboardEntrySchema = z.object({
  userId: z.string(),
  name: z.string().nullable(),
  points: z.number().int(),
});

/** A target the vendor set for a partner's quarter, as Elevate shows it and accepts against. */
const VendorTargetSchema = z.object({
  id: z.string(),
  partnerId: z.string(),
  quarter: z.string(),
  targetCents: z.number().int().positive(),
  setAt: z.string(),
});
export type VendorTarget = z.infer<typeof VendorTargetSchema>;

export function vendorTargetFromServer(data: unknown): VendorTarget {
  return VendorTargetSchema.parse(data);
}

export function leaderboardEntryFromServer(data: unknown): LeaderboardEntry {
  return LeaderboardEntrySchema.parse(data);
}
