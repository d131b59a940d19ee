import { describe, expect, it } from 'vitest';
import { DEFAULT_RULE_VERSIONS, rulesOn } from '../../shared/index';
import { ruleVersionsOf } from './rule-versions';

describe('the rule versions the screens use', () => {
  it('are the defaults with none stored, and the stored ones where a program has any', () => {
    expect(ruleVersionsOf([])).toBe(DEFAULT_RULE_VERSIONS);
    const spiff = DEFAULT_RULE_VERSIONS.filter((v) => v.program === 'spiff');
    const serverSpiff = spiff.map((v) => ({ ...v, version: `${v.version}-server` }));
    const merged = ruleVersionsOf(serverSpiff);
    expect(merged.filter((v) => v.program === 'spiff')).toEqual(serverSpiff);
    // Only some programs pulled so far (a first sync halfway): every program still has rules.
    expect(() => rulesOn('2026-12-02', merged)).not.toThrow();
    expect(() => rulesOn('2026-12-02', serverSpiff)).toThrow(/no .* rules are in force/);
  });
});
