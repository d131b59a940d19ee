import {
  ACTIVE_CLAIM_STATUSES,
  expectedPayment,
  type ClaimProgram,
  type ClaimStatus,
  type IsoDate,
  type PaidProgram,
} from '../../../shared/index';
import type { ClaimRow, SyncRejection } from '../../db/index';

/** The claim shown for one line and one program: the active one, else the latest ended one. */
export interface LineClaim {
  readonly id: string;
  readonly program: ClaimProgram;
  readonly status: ClaimStatus;
  readonly repId: string;
  /** Why it was rejected, in the words of whoever rejected it (the vendor's, say). */
  readonly reason?: string;
  /**
   * The server refused a change of this claim: its creation (the claim is then rejected, and this
   * says why in the rep's language) or a later change (a withdrawal, say).
   */
  readonly refusal?: SyncRejection;
  /** When the status last changed (an approval is the basis of the payment date). */
  readonly updatedOn: string;
}

export type LineClaims = Readonly<Partial<Record<ClaimProgram, LineClaim>>>;

function better(current: ClaimRow | undefined, candidate: ClaimRow): boolean {
  if (!current) return true;
  const currentActive = ACTIVE_CLAIM_STATUSES.has(current.status);
  const candidateActive = ACTIVE_CLAIM_STATUSES.has(candidate.status);
  if (currentActive !== candidateActive) return candidateActive;
  return candidate.updatedAt > current.updatedAt;
}

/** Indexes a quarter's claims by invoice line, one entry per program. One pass, no sorting. */
export function claimsByLine(claims: readonly ClaimRow[]): Map<string, LineClaims> {
  const chosen = new Map<string, Partial<Record<ClaimProgram, ClaimRow>>>();
  for (const claim of claims) {
    let entry = chosen.get(claim.lineKey);
    if (!entry) {
      entry = {};
      chosen.set(claim.lineKey, entry);
    }
    if (better(entry[claim.program], claim)) entry[claim.program] = claim;
  }
  const result = new Map<string, LineClaims>();
  for (const [lineKey, entry] of chosen) {
    const view: Partial<Record<ClaimProgram, LineClaim>> = {};
    for (const [program, row] of Object.entries(entry) as [ClaimProgram, ClaimRow][])
      view[program] = {
        id: row.id,
        program,
        status: row.status,
        repId: row.repId,
        updatedOn: row.updatedAt.slice(0, 10),
        ...(row.reason ? { reason: row.reason } : {}),
        ...(row.syncRejection ? { refusal: row.syncRejection } : {}),
      };
    result.set(lineKey, view);
  }
  return result;
}

/** Claims the given rep holds on the given lines in the given statuses (for queue / withdraw). */
export function repClaimsOn(
  claims: readonly ClaimRow[],
  lineKeys: ReadonlySet<string>,
  repId: string,
  statuses: readonly ClaimStatus[],
): ClaimRow[] {
  return claims.filter(
    (c) => c.repId === repId && lineKeys.has(c.lineKey) && statuses.includes(c.status),
  );
}

/** Money claims still to be paid, and on which schedule; LEAP points are not paid out. */
const PAYMENT_OF: Partial<Record<LineClaim['program'], PaidProgram>> = {
  spiff: 'spiff',
  ncb: 'ncbBackend',
};
const UNPAID: ReadonlySet<LineClaim['status']> = new Set(['queued', 'submitted', 'approved']);

/** The expected payment date of a claim the rep holds and has not been paid for yet, or null. */
export function expectedPaymentOf(claim: LineClaim, asOf: IsoDate): IsoDate | null {
  const program = PAYMENT_OF[claim.program];
  if (!program || !UNPAID.has(claim.status)) return null;
  // Approved: paid on the run after the approval; before that, the next run from today at best.
  return expectedPayment(program, claim.status === 'approved' ? claim.updatedOn : asOf, asOf);
}
