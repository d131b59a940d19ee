import { describe, expect, it } from 'vitest';
import { InputError } from '../errors';
import { DEAL_2017, DEAL_2020, DEFAULT_RULE_VERSIONS, SPIFF_2017 } from './defaults';
import { dealRulesOn, ruleHistory, ruleInForce, rulesOn } from './pick';
import { checkRules, parseRuleVersion } from './validate';

describe('default rule sets', () => {
  it('all pass their schemas', () => {
    for (const version of DEFAULT_RULE_VERSIONS)
      expect(parseRuleVersion(JSON.parse(JSON.stringify(version)))).toEqual(version);
  });

  it('mark every value the seeds do not give as illustrative', () => {
    expect(SPIFF_2017.illustrative).toContain('perUnitCents.notebook');
    expect(SPIFF_2017.illustrative).not.toContain('perUnitCents.server');
    expect(ruleInForce('elevate', '2026-01-01').illustrative).toEqual([
      'levels.top.rateBps',
      'levels.entry.rateBps',
    ]);
  });

  it('have unique versions', () => {
    const ids = DEFAULT_RULE_VERSIONS.map((v) => v.version);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('ruleInForce', () => {
  it('picks the latest version effective on or before the date', () => {
    expect(ruleInForce('deal', '2020-03-31')).toBe(DEAL_2017);
    expect(ruleInForce('deal', '2020-04-01')).toBe(DEAL_2020);
    expect(ruleInForce('deal', '2030-01-01')).toBe(DEAL_2020);
    expect(dealRulesOn('2018-01-01')).toEqual({ deal: DEAL_2017, spiff: SPIFF_2017 });
    expect(ruleHistory('deal').map((v) => v.version)).toEqual(['deal-2017.1', 'deal-2020.1']);
    expect(rulesOn('2026-11-25').elevate.version).toBe('elevate-2019.2');
  });

  it('does not depend on the order versions are listed in', () => {
    expect(ruleInForce('deal', '2021-01-01', [...DEFAULT_RULE_VERSIONS].reverse())).toBe(DEAL_2020);
  });

  it('says when no version is in force', () => {
    expect(() => ruleInForce('deal', '2016-12-31')).toThrow(
      /no deal rules are in force on 2016-12-31/,
    );
    expect(() => ruleInForce('deal', '2016-13-01')).toThrow(InputError);
  });
});

describe('rule validation', () => {
  it('names the bad field of a malformed version', () => {
    expect(() =>
      parseRuleVersion({ ...DEAL_2017, volumeDiscount: { bps: 400, minUnits: 0, maxUnits: 10 } }),
    ).toThrow(/^rules\.volumeDiscount\.minUnits: /);
    expect(() => parseRuleVersion({ ...DEAL_2017, effectiveFrom: '2017-02-30' })).toThrow(
      /^rules\.effectiveFrom: /,
    );
    expect(() => parseRuleVersion({ ...DEAL_2017, surprise: 1 })).toThrow(/^rules/);
    expect(() => parseRuleVersion({ program: 'bingo' })).toThrow(
      /^rules\.program: unknown program "bingo"/,
    );
    expect(() => parseRuleVersion(null)).toThrow(/^rules\.program/);
  });

  it('rejects inconsistent Elevate rules', () => {
    const elevate = ruleInForce('elevate', '2026-01-01');
    expect(() => checkRules('elevate', { ...elevate, targetFloorCents: 4_000_000 })).toThrow(
      /^rules\.targetFloorCents: /,
    );
  });
});
