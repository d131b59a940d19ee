import type { Program, RuleRef, RuleVersion } from './schemas';

/**
 * Every program with rule versions, and a rule version's reference. Apart from the schemas so that code which only picks rules
 * (the start-up paint of the first dashboard figure) does not carry the validator.
 */
export const PROGRAMS = [
  'calendar',
  'spiff',
  'elevate',
  'loyalty',
  'leap',
  'deal',
  'pdp',
] as const satisfies readonly Program[];

export function ruleRef(rules: RuleVersion): RuleRef {
  return { program: rules.program, version: rules.version, effectiveFrom: rules.effectiveFrom };
}
