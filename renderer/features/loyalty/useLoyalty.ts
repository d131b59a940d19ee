import { useLiveQuery } from 'dexie-react-hooks';
import {
  parseQuarterKey,
  previousQuarters,
  quarterEnd,
  quarterKey,
  ruleInForce,
  type LoyaltyResult,
  type LoyaltyRules,
} from '../../../shared/index';
import { lineAggregatesFor } from '../../db/index';
import { db } from '../../data/db';
import { useRuleVersions } from '../../data/hooks';
import { loyaltyView } from '../../data/programs';

export interface LoyaltyQuarter {
  readonly quarter: string;
  readonly units: number;
  readonly result: LoyaltyResult;
  readonly rules: LoyaltyRules;
}

/** The selected quarter and the ones before it (oldest first), each under its own rules. */
export function useLoyaltyQuarters(
  partnerId: string | undefined,
  quarter: string,
  count: number,
): LoyaltyQuarter[] | undefined {
  const versions = useRuleVersions();
  const q = parseQuarterKey(quarter);
  const quarters = [...previousQuarters(q, count - 1), q];
  const lines = useLiveQuery(
    () => lineAggregatesFor(db, quarters.map(quarterKey)),
    [quarter, count],
  );
  if (!lines || !partnerId) return undefined;
  return quarters.map((fq) => {
    const key = quarterKey(fq);
    const rules = ruleInForce('loyalty', quarterEnd(fq), versions);
    return { quarter: key, rules, ...loyaltyView(lines, partnerId, key, rules) };
  });
}
