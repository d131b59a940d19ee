import {
  leapBalance,
  type IsoDate,
  type LeapBalanceResult,
  type LeapRules,
} from '../../shared/index';
import type { PartnerRewardsDb } from './database';
import type { ClaimRow, LeapActivityRow, LeapAwardRow, LeapRedemptionRow } from './rows';

/**
 * One user's LEAP balance from the ledger rows: the ONE function behind the LEAP screen, the team
 * view and the redemption check in the repository, so a balance shown and a balance enforced
 * can never differ.
 */
export interface LeapLedger {
  readonly activities: readonly LeapActivityRow[];
  readonly claims: readonly ClaimRow[];
  readonly redemptions: readonly LeapRedemptionRow[];
  readonly awards: readonly LeapAwardRow[];
}

/** Awards of promotions the rules in force do not know cannot be explained: left out. */
export function knownAwards(
  awards: readonly LeapAwardRow[],
  rules: LeapRules,
): readonly LeapAwardRow[] {
  return awards.filter((a) =>
    rules.promotions.some(
      (p) => p.id === a.promotionId && a.awardedOn >= p.from && a.awardedOn <= p.to,
    ),
  );
}

export function leapBalanceOf(
  userId: string,
  asOf: IsoDate,
  ledger: LeapLedger,
  rules: LeapRules,
): LeapBalanceResult {
  return leapBalance(
    {
      asOf,
      activities: ledger.activities
        .filter((a) => a.userId === userId)
        .map((a) => ({ kind: a.kind, completedOn: a.completedOn, points: a.points })),
      sales: ledger.claims
        .filter(
          (c) =>
            c.program === 'leap' &&
            c.repId === userId &&
            (c.status === 'approved' || c.status === 'paid'),
        )
        .map((c) => ({ family: c.family, quantity: c.units, claimedOn: c.createdAt.slice(0, 10) })),
      promotions: knownAwards(ledger.awards, rules).filter((a) => a.userId === userId),
      redemptions: ledger.redemptions
        .filter((r) => r.userId === userId)
        .map((r) => ({ points: r.points, requestedOn: r.requestedOn, status: r.status })),
    },
    rules,
  );
}

/** Reads one user's ledger (a few hundred rows at most); call inside a transaction to check. */
export async function readLeapLedger(db: PartnerRewardsDb, userId: string): Promise<LeapLedger> {
  const [activities, claims, redemptions, awards] = await Promise.all([
    db.leapActivities.where('userId').equals(userId).toArray(),
    db.claims.where('program').equals('leap').toArray(),
    db.leapRedemptions.where('userId').equals(userId).toArray(),
    db.leapAwards.where('userId').equals(userId).toArray(),
  ]);
  return { activities, claims: claims.filter((c) => c.repId === userId), redemptions, awards };
}
