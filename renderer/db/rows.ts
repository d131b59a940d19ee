import type {
  ClaimProgram,
  ClaimStatus,
  Currency,
  ElevateLevel,
  Family,
  InvoiceLine,
  IsoDate,
  LeapActivityKind,
  LeapRedemptionStatus,
  RejectionDetails,
  RuleVersion,
  StatusChange,
  DealInput,
  NominationMode,
  NominationProgram,
  NominationStatus,
} from '../../shared/index';

export type ClaimUnit = Currency | 'points';

/** Row shapes of the local database. Screens never see tables: they call the repositories. */

export interface InvoiceRow extends InvoiceLine {
  /** distributor + invoice number + line number (invoiceLineKey). */
  readonly key: string;
  /** Fiscal quarter key, e.g. 'FY2026-Q1'. */
  readonly quarter: string;
  readonly lineTotalCents: number;
  /** A promoted product in Elevate (counted ×2): from the catalog at import time. */
  readonly accelerator: boolean;
  readonly batchId: string;
  /** Lower-cased searchable text: invoice, SKU, customer. */
  readonly search: string;
  /**
   * 'server': the server of record's copy (pulled); absent: imported on this computer only. A
   * pulled line replaces a local one with the same key, so claims keep pointing at it.
   */
  readonly origin?: 'server';
}

export interface ClaimRow {
  readonly id: string;
  readonly lineKey: string;
  readonly program: ClaimProgram;
  readonly repId: string;
  readonly partnerId: string;
  readonly quarter: string;
  readonly family: Family;
  readonly units: number;
  /** What the claim is worth: minor units of a currency, or LEAP points. */
  readonly amount: number;
  readonly unit: ClaimUnit;
  readonly status: ClaimStatus;
  /** lineKey + program while the claim holds the line; absent otherwise (unique index). */
  readonly activeKey?: string;
  readonly reason?: string;
  readonly nominatedCustomerName?: string;
  readonly ruleVersion: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly history: readonly StatusChange[];
  /** 'server': this row is the server's copy (pulled); absent: it exists on this computer only. */
  readonly origin?: 'server';
  /** The server refused a mutation of this claim for good: why, in its words. */
  readonly syncRejection?: SyncRejection;
  /**
   * The server's copy, held aside while this claim still has mutations waiting in the outbox
   * (the local change is what the rep sees until the server answers); adopted once they settle.
   */
  readonly serverCopy?: ClaimRow;
}

export interface SyncRejection {
  readonly mutation: string;
  readonly code: string;
  /** The server's English sentence: shown when the app cannot word the code itself. */
  readonly message: string;
  /** The refusal's values (a date, a cap), for the app's own wording (sync-refusal.ts). */
  readonly details?: RejectionDetails;
  /** When the rep dismissed the notice of it above the invoice table (it stays on the claim). */
  readonly seenAt?: string;
  readonly at: string;
}

export interface OutboxRow {
  /** Auto-increment, the order mutations are pushed in. */
  readonly seq?: number;
  readonly mutationId: number;
  readonly name: string;
  readonly args: unknown;
  readonly createdAt: string;
  /**
   * The server's answer once a push got one. The row stays until a pull acknowledges it (in the
   * pull's transaction); a row the server processed but whose answer was lost is pushed again,
   * and the replay returns the first answer.
   */
  readonly result?: 'applied' | 'rejected' | 'duplicate';
}

export interface LineAggregateRow {
  readonly id: string;
  readonly quarter: string;
  readonly partnerId: string;
  readonly family: Family;
  readonly topseller: 0 | 1;
  readonly accelerator: 0 | 1;
  readonly currency: Currency;
  lines: number;
  units: number;
  revenueCents: number;
}

/**
 * A partner's revenue per week of a fiscal quarter and currency (week 1 starts on the quarter's
 * first day): what the weekly trend and the Elevate progress charts draw, so they read a few
 * dozen rows a quarter instead of every line.
 */
export interface WeeklyAggregateRow {
  readonly id: string;
  readonly quarter: string;
  readonly partnerId: string;
  readonly currency: Currency;
  /** 1 to 14. */
  readonly week: number;
  lines: number;
  revenueCents: number;
  /** The part of revenueCents from Elevate accelerator lines. */
  acceleratedCents: number;
}

export interface ClaimAggregateRow {
  readonly id: string;
  readonly quarter: string;
  readonly repId: string;
  readonly program: ClaimProgram;
  readonly status: ClaimStatus;
  readonly family: Family;
  readonly unit: ClaimUnit;
  claims: number;
  units: number;
  amount: number;
}

export interface CatalogRow {
  readonly sku: string;
  readonly name: string;
  readonly family: Family;
  readonly topseller: boolean;
  readonly listPriceCents: number;
  readonly accelerator: boolean;
  readonly leapPoints?: number;
}

export interface RuleVersionRow {
  readonly version: string;
  readonly program: RuleVersion['program'];
  readonly effectiveFrom: IsoDate;
  readonly data: RuleVersion;
}

export interface ElevateEnrolmentRow {
  /** partnerId + quarter */
  readonly id: string;
  readonly partnerId: string;
  readonly quarter: string;
  readonly targetCents: number;
  readonly acceptedOn: IsoDate;
  readonly level: ElevateLevel;
  readonly acceptedBy: string;
  readonly ruleVersion: string;
}

export interface LeapActivityRow {
  readonly id: string;
  readonly userId: string;
  readonly kind: LeapActivityKind;
  readonly title: string;
  readonly completedOn: IsoDate;
  readonly points: number;
}

/** Points a promotion awarded a participant (a bonus, or a leaderboard prize). */
export interface LeapAwardRow {
  readonly id: string;
  readonly userId: string;
  readonly promotionId: string;
  readonly awardedOn: IsoDate;
  readonly points?: number;
}

export interface LeapRedemptionRow {
  readonly id: string;
  readonly userId: string;
  readonly rewardId: string;
  readonly points: number;
  readonly requestedOn: IsoDate;
  readonly status: LeapRedemptionStatus;
}

export interface DealPlanRow {
  readonly id: string;
  readonly name: string;
  readonly input: DealInput & {
    readonly lineMeta?: readonly { sku: string; name: string; listPriceCents: number }[];
  };
  readonly date: IsoDate;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export type ImportBatchStatus = 'running' | 'done' | 'cancelled' | 'failed';

export interface ImportBatchRow {
  readonly id: string;
  readonly fileName: string;
  readonly distributor: string;
  readonly startedAt: string;
  finishedAt?: string;
  status: ImportBatchStatus;
  totalRows: number;
  /** Rows processed so far: a resumed import starts after them. */
  doneRows: number;
  inserted: number;
  updated: number;
  unchanged: number;
  quarantined: number;
  error?: string;
  readonly detected?: unknown;
}

export interface QuarantineRow {
  readonly id?: number;
  readonly batchId: string;
  readonly row: number;
  readonly code: string;
  readonly reason: string;
  /** The cell the problem is about (e.g. the category text that names no family). */
  readonly value?: string;
  readonly raw: Readonly<Record<string, string>>;
}

export interface KeyValueRow {
  readonly key: string;
  readonly value: unknown;
}

export interface UserRow {
  readonly id: string;
  readonly name: string;
  readonly role: 'rep' | 'manager';
  readonly partnerId: string;
  /** Permission to accept Elevate targets (seed 004: partners choose which personas may). */
  readonly canAcceptTargets: boolean;
  /**
   * Permission to claim (seed 004: the partner decides which personas may; the server calls it
   * `mayClaim`). Absent on rows stored before the permission existed: they read as the server's
   * default, allowed (see userMayClaim).
   */
  readonly mayClaim?: boolean;
}

/** Whether a user may claim: the row's permission, the server's default (true) where unset. */
export function userMayClaim(user: Pick<UserRow, 'mayClaim'>): boolean {
  return user.mayClaim !== false;
}

/** One entry of the NCB nomination / deal-registration log (seed 001). */
export interface NominationRow {
  readonly id: string;
  readonly partnerId: string;
  /** Exactly as nominated: a back-end NCB claim must report this text. */
  readonly customerName: string;
  readonly date: IsoDate;
  readonly program: NominationProgram;
  /** NCB only: upfront discount or back-end rebate. */
  readonly mode: NominationMode | null;
  readonly status: NominationStatus;
  readonly createdBy: string;
  readonly createdAt: string;
}
