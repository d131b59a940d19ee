import { InputError } from '../errors';

/**
 * A claim's life: draft → queued (in the outbox) → submitted (the server has it) → approved or
 * rejected (with a reason) → paid. A draft or queued claim can be withdrawn. The same table drives
 * the app and the sync server, so both refuse the same illegal moves.
 */
export const CLAIM_STATUSES = [
  'draft',
  'queued',
  'submitted',
  'approved',
  'rejected',
  'paid',
  'withdrawn',
] as const;
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];

export const CLAIM_PROGRAMS = ['spiff', 'leap', 'ncb'] as const;
export type ClaimProgram = (typeof CLAIM_PROGRAMS)[number];

const TRANSITIONS: Readonly<Record<ClaimStatus, readonly ClaimStatus[]>> = {
  draft: ['queued', 'withdrawn'],
  queued: ['submitted', 'withdrawn', 'rejected'],
  submitted: ['approved', 'rejected'],
  approved: ['paid', 'rejected'],
  rejected: [],
  paid: [],
  withdrawn: [],
};

/** Statuses in which a claim holds its invoice line for its program: no second claim then. */
export const ACTIVE_CLAIM_STATUSES: ReadonlySet<ClaimStatus> = new Set([
  'draft',
  'queued',
  'submitted',
  'approved',
  'paid',
]);

export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function nextStatuses(from: ClaimStatus): readonly ClaimStatus[] {
  return TRANSITIONS[from];
}

export function isClaimStatus(value: unknown): value is ClaimStatus {
  return typeof value === 'string' && (CLAIM_STATUSES as readonly string[]).includes(value);
}

export class IllegalTransitionError extends InputError {
  constructor(
    readonly from: ClaimStatus,
    readonly to: ClaimStatus,
  ) {
    super('out_of_range', 'status', `a claim cannot move from ${from} to ${to}`);
  }
}

export interface StatusChange {
  readonly status: ClaimStatus;
  readonly at: string;
  readonly by: string;
  readonly reason?: string;
}

/** Checks a move and returns the history entry to append; a rejection must give its reason. */
export function transition(
  from: ClaimStatus,
  to: ClaimStatus,
  by: string,
  at: string,
  reason?: string,
): StatusChange {
  if (!canTransition(from, to)) throw new IllegalTransitionError(from, to);
  if (to === 'rejected' && !reason?.trim()) {
    throw new InputError('missing', 'reason', 'a rejected claim must say why');
  }
  return reason ? { status: to, at, by, reason } : { status: to, at, by };
}
