import { assertIsoDate, type IsoDate } from '../calendar/dates';
import { InputError } from '../errors';
import { DEFAULT_RULE_VERSIONS } from './defaults';
import { PROGRAMS } from './programs';
import type { Program, RuleVersion, RulesByProgram } from './schemas';

/**
 * The version of a program's rules in force on a date: the one with the latest effectiveFrom on
 * or before it. Throws when none is (a date before the program existed).
 */
export function ruleInForce<P extends Program>(
  program: P,
  date: IsoDate,
  versions: readonly RuleVersion[] = DEFAULT_RULE_VERSIONS,
): RulesByProgram[P] {
  assertIsoDate(date, 'date');
  let best: RuleVersion | undefined;
  for (const candidate of versions) {
    if (candidate.program !== program || candidate.effectiveFrom > date) continue;
    if (!best || candidate.effectiveFrom > best.effectiveFrom) best = candidate;
  }
  if (!best) {
    throw new InputError('no_rule_in_force', 'date', `no ${program} rules are in force on ${date}`);
  }
  return best as RulesByProgram[P];
}

/** Every program's rules in force on a date. */
export function rulesOn(
  date: IsoDate,
  versions: readonly RuleVersion[] = DEFAULT_RULE_VERSIONS,
): RulesByProgram {
  const entries = PROGRAMS.map(
    (program) => [program, ruleInForce(program, date, versions)] as const,
  );
  return Object.fromEntries(entries) as unknown as RulesByProgram;
}

/** The rules a quote needs on a date: deal-level programs and the rep's SPIFF. */
export function dealRulesOn(
  date: IsoDate,
  versions: readonly RuleVersion[] = DEFAULT_RULE_VERSIONS,
): Pick<RulesByProgram, 'deal' | 'spiff'> {
  return { deal: ruleInForce('deal', date, versions), spiff: ruleInForce('spiff', date, versions) };
}

/** All versions of one program, oldest first: for "rule history" screens. */
export function ruleHistory<P extends Program>(
  program: P,
  versions: readonly RuleVersion[] = DEFAULT_RULE_VERSIONS,
): RulesByProgram[P][] {
  return versions
    .filter((v): v is RulesByProgram[P] => v.program === program)
    .sort((a, b) =>
      a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0,
    );
}
