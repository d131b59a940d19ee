import {
  CLAIM_PROGRAMS,
  CLAIM_STATUSES,
  type ClaimProgram,
  type ClaimStatus,
  type LeapBalanceResult,
  type RulesByProgram,
  type SpiffPayableResult,
} from '../../shared/index';
import { spiffForRep } from '../data/programs';
import { claimantIdsOf, isTeamMember } from '../data/current-user';
import type { ClaimAggregateRow, UserRow } from '../db/index';

/**
 * Per-rep statements of a quarter, from the stored aggregates: the rows of the team table and of
 * its exports. Pure.
 */
export interface RepStatement {
  readonly repId: string;
  readonly name: string;
  readonly role: UserRow['role'];
  readonly spiff: {
    readonly earned: SpiffPayableResult;
    readonly earnedCents: number;
    readonly payableCents: number;
    readonly cappedCents: number;
    readonly claimedCents: number;
    readonly approvedCents: number;
    readonly paidCents: number;
  };
  /** Number of claims per program and status in the quarter. */
  readonly claims: Readonly<Record<ClaimProgram, Readonly<Record<ClaimStatus, number>>>>;
  readonly leap: LeapBalanceResult | null;
}

function emptyCounts(): Record<ClaimStatus, number> {
  return Object.fromEntries(CLAIM_STATUSES.map((s) => [s, 0])) as Record<ClaimStatus, number>;
}

export function repStatement(
  user: UserRow,
  claims: readonly ClaimAggregateRow[],
  spiffRules: RulesByProgram['spiff'],
  leap: LeapBalanceResult | null,
): RepStatement {
  const spiff = spiffForRep(claims, user.id, spiffRules);
  const counts = Object.fromEntries(CLAIM_PROGRAMS.map((p) => [p, emptyCounts()])) as Record<
    ClaimProgram,
    Record<ClaimStatus, number>
  >;
  for (const row of claims)
    if (row.repId === user.id) counts[row.program][row.status] += row.claims;
  return {
    repId: user.id,
    name: user.name,
    role: user.role,
    spiff: {
      earned: spiff.earned,
      earnedCents: spiff.earned.earnedCents,
      payableCents: spiff.earned.payableCents,
      cappedCents: spiff.earned.cappedCents,
      claimedCents: spiff.claimedCents,
      approvedCents: spiff.approvedCents,
      paidCents: spiff.paidCents,
    },
    claims: counts,
    leap,
  };
}

/** Who the team's figures cover: the same people as the dashboard's (isTeamMember). */
export function reportingMembers(
  users: readonly UserRow[],
  claims: readonly ClaimAggregateRow[],
): UserRow[] {
  const claimants = claimantIdsOf(claims);
  return users.filter((u) => isTeamMember(u, claimants));
}

/** One statement per member of the team (reportingMembers), by name. */
export function teamStatements(
  users: readonly UserRow[],
  claims: readonly ClaimAggregateRow[],
  spiffRules: RulesByProgram['spiff'],
  leapOf: (userId: string) => LeapBalanceResult | null,
): RepStatement[] {
  return reportingMembers(users, claims)
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((u) => repStatement(u, claims, spiffRules, leapOf(u.id)));
}

export function totalClaims(statement: RepStatement, status: ClaimStatus): number {
  return CLAIM_PROGRAMS.reduce((n, p) => n + statement.claims[p][status], 0);
}
