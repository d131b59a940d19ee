import { useLiveQuery } from 'dexie-react-hooks';
import type { LeapBalanceResult, LeapRules } from '../../../shared/index';
import {
  leapBalanceOf,
  type ClaimRow,
  type LeapActivityRow,
  type LeapAwardRow,
  type LeapRedemptionRow,
} from '../../db/index';
import { db } from '../../data/db';
import { useRule } from '../../data/hooks';
import { today } from '../../state/clock';

export interface LeapData {
  readonly asOf: string;
  readonly rules: LeapRules;
  readonly activities: readonly LeapActivityRow[];
  readonly claims: readonly ClaimRow[];
  readonly redemptions: readonly LeapRedemptionRow[];
  readonly awards: readonly LeapAwardRow[];
  readonly balanceOf: (userId: string) => LeapBalanceResult;
}

/** Every LEAP ledger entry on this computer (a few hundred rows at most) and the balances. */
export function useLeapData(): LeapData | undefined {
  const asOf = today();
  const rules = useRule('leap', asOf);
  const data = useLiveQuery(async () => {
    const [activities, claims, redemptions, awards] = await Promise.all([
      db.leapActivities.toArray(),
      db.claims.where('program').equals('leap').toArray(),
      db.leapRedemptions.toArray(),
      db.leapAwards.toArray(),
    ]);
    return { activities, claims, redemptions, awards };
  }, []);
  if (!data) return undefined;
  return {
    ...data,
    asOf,
    rules,
    balanceOf: (userId) => leapBalanceOf(userId, asOf, data, rules),
  };
}
