import type { Family, IsoDate, LeapActivityKind, LeapRules } from '../../../shared/index';
import type {
  ClaimRow,
  LeapActivityRow,
  LeapAwardRow,
  LeapRedemptionRow,
  LeapRedemptionStatus,
} from './ledger-types';

/** One line of a participant's points ledger. Text is the screen's job. */
export type LedgerEntry =
  | {
      readonly id: string;
      readonly date: IsoDate;
      readonly source: 'learning';
      readonly points: number;
      readonly kind: LeapActivityKind;
      readonly title: string;
    }
  | {
      readonly id: string;
      readonly date: IsoDate;
      readonly source: 'sales';
      readonly points: number;
      readonly family: Family;
      readonly units: number;
    }
  | {
      readonly id: string;
      readonly date: IsoDate;
      readonly source: 'promotions';
      readonly points: number;
      readonly promotion: string;
    }
  | {
      readonly id: string;
      readonly date: IsoDate;
      readonly source: 'redemptions';
      readonly points: number;
      readonly rewardId: string;
      readonly status: LeapRedemptionStatus;
    };

export interface LedgerInput {
  readonly userId: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
  readonly activities: readonly LeapActivityRow[];
  readonly claims: readonly ClaimRow[];
  readonly awards: readonly LeapAwardRow[];
  readonly redemptions: readonly LeapRedemptionRow[];
  readonly rules: LeapRules;
}

/**
 * A participant's ledger entries between two dates, newest first: the same entries leapBalance
 * counts (approved or paid LEAP claims; cancelled redemptions give their points back).
 */
export function ledgerEntries(input: LedgerInput): LedgerEntry[] {
  const { userId, from, to, rules } = input;
  const inRange = (date: IsoDate) => date >= from && date <= to;
  const entries: LedgerEntry[] = [];
  for (const a of input.activities)
    if (a.userId === userId && inRange(a.completedOn))
      entries.push({
        id: a.id,
        date: a.completedOn,
        source: 'learning',
        points: a.points,
        kind: a.kind,
        title: a.title,
      });
  for (const c of input.claims) {
    const date = c.createdAt.slice(0, 10);
    if (
      c.program === 'leap' &&
      c.repId === userId &&
      (c.status === 'approved' || c.status === 'paid') &&
      inRange(date)
    )
      entries.push({
        id: c.id,
        date,
        source: 'sales',
        points: c.units * rules.salePointsPerUnit[c.family],
        family: c.family,
        units: c.units,
      });
  }
  for (const award of input.awards) {
    const promotion = rules.promotions.find((p) => p.id === award.promotionId);
    if (award.userId === userId && promotion && inRange(award.awardedOn))
      entries.push({
        id: award.id,
        date: award.awardedOn,
        source: 'promotions',
        points: award.points ?? promotion.points,
        promotion: promotion.name,
      });
  }
  for (const r of input.redemptions)
    if (r.userId === userId && inRange(r.requestedOn))
      entries.push({
        id: r.id,
        date: r.requestedOn,
        source: 'redemptions',
        points: r.status === 'cancelled' ? 0 : -r.points,
        rewardId: r.rewardId,
        status: r.status,
      });
  return entries.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
}

export type RedemptionCheck =
  { readonly ok: true } | { readonly ok: false; readonly shortBy: number };

/** A redemption needs a balance of at least its cost. */
export function checkRedemption(balancePoints: number, costPoints: number): RedemptionCheck {
  return balancePoints >= costPoints
    ? { ok: true }
    : { ok: false, shortBy: costPoints - Math.max(0, balancePoints) };
}
