import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pl', 'zh-CN'];
const PLURAL_SUFFIXES = ['zero', 'one', 'two', 'few', 'many', 'other'];

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function load(language: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(`${root}locales/${language}.json`, 'utf8')) as Tree);
}

/** 'a.b_one' → ['a.b', 'one']; plain keys → [key, null]. */
function splitPlural(key: string): [string, string | null] {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  return match ? [match[1] as string, match[2] as string] : [key, null];
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1] as string).sort();
}

const en = load('en');
const enBases = new Map<string, string>(); // base key → an English form, for placeholder checks
for (const [key, value] of en) enBases.set(splitPlural(key)[0], value);
const pluralBases = new Set(
  [...en.keys()].filter((k) => splitPlural(k)[1] !== null).map((k) => splitPlural(k)[0]),
);

describe('locales', () => {
  it('has one JSON file per language and no translation fragments left in feature folders', () => {
    for (const language of LANGUAGES)
      expect(existsSync(`${root}locales/${language}.json`), language).toBe(true);
    const features = readdirSync(`${root}renderer/features`);
    const leftovers = features.filter((f) => existsSync(`${root}renderer/features/${f}/en.json`));
    expect(leftovers).toEqual([]);
  });

  describe.each(LANGUAGES.filter((l) => l !== 'en'))('%s', (language) => {
    const messages = load(language);
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;

    it('has exactly the keys of en (plural keys in its own plural categories)', () => {
      const expected = new Set<string>();
      for (const key of en.keys()) {
        const [base, suffix] = splitPlural(key);
        if (suffix === null) expected.add(key);
        else for (const category of categories) expected.add(`${base}_${category}`);
      }
      const actual = new Set(messages.keys());
      expect(
        [...expected].filter((k) => !actual.has(k)),
        'missing',
      ).toEqual([]);
      expect(
        [...actual].filter((k) => !expected.has(k)),
        'extra',
      ).toEqual([]);
    });

    it('keeps every placeholder of en', () => {
      const wrong: string[] = [];
      for (const [key, value] of messages) {
        const [base] = splitPlural(key);
        const english = enBases.get(base);
        if (english === undefined) continue;
        const theirs = placeholders(value).filter((p) => p !== 'count');
        const ours = placeholders(english).filter((p) => p !== 'count');
        if (JSON.stringify([...new Set(theirs)]) !== JSON.stringify([...new Set(ours)]))
          wrong.push(`${key}: ${value}`);
      }
      expect(wrong).toEqual([]);
    });

    it('is translated, not English left in place', () => {
      let same = 0;
      let total = 0;
      for (const [key, value] of messages) {
        const english = en.get(key) ?? en.get(`${splitPlural(key)[0]}_other`);
        if (!english || english.length < 12) continue;
        total += 1;
        if (english === value) same += 1;
      }
      // Brand names and codes may stay; sentences may not.
      expect(same / Math.max(1, total)).toBeLessThan(0.05);
    });
  });

  it('Polish plurals use one, few and many', () => {
    expect(new Intl.PluralRules('pl').resolvedOptions().pluralCategories).toEqual(
      expect.arrayContaining(['one', 'few', 'many']),
    );
    if (pluralBases.size > 0) {
      const pl = load('pl');
      const [base] = [...pluralBases];
      for (const category of ['one', 'few', 'many'])
        expect(pl.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
    }
  });

  it('uses only known plural suffixes', () => {
    for (const key of en.keys()) {
      const suffix = /_([a-z]+)$/.exec(key)?.[1];
      if (suffix && PLURAL_SUFFIXES.includes(suffix)) expect(['one', 'other']).toContain(suffix);
    }
  });

  it('shows users no developer notes (seed numbers, file names, rule keys)', () => {
    const developerText = /\bseed \d{3}\b|DOMAIN\.md|perUnitCents\./i;
    for (const language of LANGUAGES)
      for (const [key, text] of load(language))
        expect(developerText.test(text), `${language} ${key}: ${text}`).toBe(false);
  });
});
