import { DEFAULT_RULE_VERSIONS, type RuleVersion } from '../../shared/index';

/**
 * The rule versions the screens compute with: the stored ones, and the built-in defaults of every
 * program with none stored. A first sync brings the server's versions page by page; until a
 * program's arrive, its defaults stand in (as they do for a database with none at all), so a
 * screen never fails with "no deal rules are in force" halfway through a first sync.
 */
export function ruleVersionsOf(stored: readonly RuleVersion[]): readonly RuleVersion[] {
  if (stored.length === 0) return DEFAULT_RULE_VERSIONS;
  const present = new Set(stored.map((v) => v.program));
  return [...stored, ...DEFAULT_RULE_VERSIONS.filter((v) => !present.has(v.program))];
}
