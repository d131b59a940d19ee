import { useLiveQuery } from 'dexie-react-hooks';
import {
  parseQuarterKey,
  previousQuarters,
  quarterKey,
  quarterStart,
  type ElevateRules,
} from '../../../shared/index';
import type { LineAggregateRow } from '../../db/index';
import { lineAggregatesFor } from '../../db/index';
import { db } from '../../data/db';
import { useRule } from '../../data/hooks';
import { elevateView, type ElevateView } from '../../data/programs';
import { today } from '../../state/clock';
import { readVendorTarget } from '../../sync/vendor-targets';

export interface ElevateData {
  readonly view: ElevateView;
  readonly rules: ElevateRules;
  /** Line aggregates of the quarter and the look-back quarters before it. */
  readonly lines: readonly LineAggregateRow[];
}

/** A partner's Elevate target, enrolment and payout for a quarter, live from the aggregates. */
export function useElevateData(
  partnerId: string | undefined,
  quarter: string,
): ElevateData | undefined {
  const q = parseQuarterKey(quarter);
  const rules = useRule('elevate', quarterStart(q));
  const lookback = rules.lookbackQuarters;
  const data = useLiveQuery(async () => {
    const keys = [...previousQuarters(q, lookback), q].map(quarterKey);
    const [lines, enrolment, vendorTarget] = await Promise.all([
      lineAggregatesFor(db, keys),
      db.elevateEnrolments.get(`${partnerId ?? ''}|${quarter}`),
      readVendorTarget(db, partnerId ?? '', quarter),
    ]);
    return { lines, enrolment, vendorTarget };
  }, [partnerId, quarter, lookback]);
  if (!data || !partnerId) return undefined;
  return {
    view: elevateView(
      data.lines,
      partnerId,
      quarter,
      data.enrolment,
      rules,
      today(),
      data.vendorTarget,
    ),
    rules,
    lines: data.lines,
  };
}
