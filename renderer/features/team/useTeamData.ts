import { useLiveQuery } from 'dexie-react-hooks';
import {
  parseQuarterKey,
  previousQuarters,
  quarterEnd,
  quarterKey,
  quarterStart,
  type IsoDate,
  type LeapBalanceResult,
} from '../../../shared/index';
import { leapBalanceOf, lineAggregatesFor, quarterSummary, type UserRow } from '../../db/index';
import { db } from '../../data/db';
import { useCurrentUser, useRules, useUsers } from '../../data/hooks';
import { elevateView, loyaltyView } from '../../data/programs';
import { teamStatements, type RepStatement } from '../../export/team-rows';
import type { PartnerFigures } from '../../export/team-sheets';
import { today } from '../../state/clock';
import { useUi } from '../../state/ui-store';
import { readVendorTarget } from '../../sync/vendor-targets';

export interface TeamData {
  readonly quarter: string;
  readonly user: UserRow | undefined;
  readonly isManager: boolean;
  readonly statements: readonly RepStatement[];
  readonly partner: PartnerFigures | null;
}

/** The selected quarter's statements (all reps for a manager, only their own for a rep). */
export function useTeamData(): TeamData | undefined {
  const quarter = useUi((s) => s.quarter);
  const users = useUsers();
  const user = useCurrentUser();
  const q = parseQuarterKey(quarter);
  const start = quarterStart(q);
  const end = quarterEnd(q);
  const now = today();
  const asOf: IsoDate = now < end ? (now < start ? start : now) : end;
  const rules = useRules(asOf);
  const partnerId = user?.partnerId ?? '';
  const data = useLiveQuery(async () => {
    const previous = previousQuarters(q, 4).map(quarterKey);
    const [summary, history, enrolment, activities, leapClaims, redemptions, awards, vendorTarget] =
      await Promise.all([
        quarterSummary(db, quarter),
        lineAggregatesFor(db, previous),
        db.elevateEnrolments.get(`${partnerId}|${quarter}`),
        db.leapActivities.toArray(),
        db.claims.where('program').equals('leap').toArray(),
        db.leapRedemptions.toArray(),
        db.leapAwards.toArray(),
        readVendorTarget(db, partnerId, quarter),
      ]);
    return {
      summary,
      history,
      enrolment,
      activities,
      leapClaims,
      redemptions,
      awards,
      vendorTarget,
    };
  }, [quarter, partnerId]);
  if (!data) return undefined;
  const isManager = user?.role === 'manager';
  const leapOf = (userId: string): LeapBalanceResult | null => {
    try {
      return leapBalanceOf(
        userId,
        asOf,
        {
          activities: data.activities,
          claims: data.leapClaims,
          redemptions: data.redemptions,
          awards: data.awards,
        },
        rules.leap,
      );
    } catch {
      return null;
    }
  };
  const visible = isManager
    ? users.filter((u) => u.partnerId === partnerId)
    : users.filter((u) => u.id === user?.id);
  const statements = teamStatements(visible, data.summary.claims, rules.spiff, leapOf);
  let partner: PartnerFigures | null = null;
  if (isManager) {
    const lines = [...data.history, ...data.summary.lines];
    const elevate = elevateView(
      lines,
      partnerId,
      quarter,
      data.enrolment,
      rules.elevate,
      now,
      data.vendorTarget,
    );
    const loyalty = loyaltyView(data.summary.lines, partnerId, quarter, rules.loyalty);
    partner = {
      partnerId,
      elevate: {
        currency: elevate.payout.currency,
        targetCents: elevate.targetCents,
        actualCents: elevate.payout.actualCents,
        countedCents: elevate.payout.countedCents,
        met: elevate.payout.met,
        level: data.enrolment?.level ?? 'closed',
        rateBps: elevate.payout.rateBps,
        payoutCents: elevate.payout.payoutCents,
      },
      loyalty: {
        currency: loyalty.result.currency,
        units: loyalty.units,
        perUnitCents: loyalty.result.perUnitCents,
        totalCents: loyalty.result.totalCents,
        nextTierUnits: loyalty.result.nextTierUnits,
      },
    };
  }
  return { quarter, user, isManager, statements, partner };
}
