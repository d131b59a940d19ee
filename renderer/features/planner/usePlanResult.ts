import { useMemo } from 'react';
import {
  dealRulesOn,
  InputError,
  stackDeal,
  type DealStackResult,
  type IsoDate,
} from '../../../shared/index';
import type { DealPlanRow } from '../../db/index';
import { useRuleVersions } from '../../data/hooks';

export type PlanOutcome =
  | {
      readonly ok: true;
      readonly result: DealStackResult;
      readonly rules: ReturnType<typeof dealRulesOn>;
    }
  | { readonly ok: false; readonly field: string; readonly code: string };

/** stackDeal with the rules in force on the plan's date; bad input becomes a message, not a crash. */
export function planOutcome(
  input: DealPlanRow['input'],
  date: IsoDate,
  versions: Parameters<typeof dealRulesOn>[1],
): PlanOutcome {
  try {
    const rules = dealRulesOn(date, versions);
    return { ok: true, result: stackDeal(input, rules), rules };
  } catch (error) {
    if (error instanceof InputError) return { ok: false, field: error.field, code: error.code };
    throw error;
  }
}

/** Null while the draft has a refused field (`input` null): no figure is computed from it. */
export function usePlanResult(
  input: DealPlanRow['input'] | null,
  date: IsoDate,
): PlanOutcome | null {
  const versions = useRuleVersions();
  return useMemo(
    () => (input ? planOutcome(input, date, versions) : null),
    [input, date, versions],
  );
}
