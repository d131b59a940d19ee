import type { RuleRef, Step } from '../../shared/index';
import type { Explanation } from '../state/ui-store';

/** What an ExplainButton opens for a calculator result: its steps and rule version, titled. */
export function explanationOf(
  title: string,
  result: { readonly steps: readonly Step[]; readonly rule: RuleRef },
  currency: Explanation['currency'],
): Explanation {
  return { title, steps: result.steps, rule: result.rule, currency };
}
