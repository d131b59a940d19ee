import i18next from 'i18next';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Sentences that read wrong with one item: checked with the real locale files. */
async function translator(lng: string) {
  const resources = JSON.parse(
    readFileSync(new URL(`../../locales/${lng}.json`, import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
  const i18n = i18next.createInstance();
  await i18n.init({ lng, resources: { [lng]: { translation: resources } } });
  return i18n.t.bind(i18n);
}

describe('grammar with counts', () => {
  it('de: one person "darf", one tier "der Stufe", one server system', async () => {
    const t = await translator('de');
    expect(t('elevate.accept.onlyThese', { names: 'Maria Rossi', count: 1 })).toContain(
      'Nur Maria Rossi darf ',
    );
    expect(t('elevate.eligibility', { tiers: 'Autorisiert', count: 1 })).toContain(
      'Händlern der Stufe „Autorisiert“',
    );
    expect(t('dashboard.pdp.dcgSystems', { count: 1, formatted: '1' })).toBe(
      '1 Server- oder Storage-System',
    );
  });

  it('fr: "1 système serveur", and a negative value without gender agreement', async () => {
    const t = await translator('fr');
    expect(t('dashboard.pdp.dcgSystems', { count: 1, formatted: '1' })).toBe(
      '1 système serveur ou stockage',
    );
    expect(t('dashboard.pdp.dcgSystems', { count: 2, formatted: '2' })).toBe(
      '2 systèmes serveur ou stockage',
    );
    expect(t('import.reject.negative_quantity', { field: 'Quantité' })).toBe(
      'Valeur négative dans « Quantité ».',
    );
  });

  it('pl: few and many forms', async () => {
    const t = await translator('pl');
    expect(t('dashboard.pdp.options', { count: 3, formatted: '3' })).toBe('3 opcje');
    expect(t('dashboard.pdp.options', { count: 5, formatted: '5' })).toBe('5 opcji');
  });
});

describe('digit grouping of counts', () => {
  it('groups counts in the language (fr "100 044 lignes"), leaves other numbers alone', async () => {
    const { groupedNumbers } = await import('./grouped-numbers');
    const i18n = i18next.createInstance().use(groupedNumbers);
    await i18n.init({
      lng: 'fr',
      interpolation: { escapeValue: false, alwaysFormat: true },
      resources: {
        fr: {
          translation: {
            lines_one: '{{count}} ligne',
            lines_other: '{{count}} lignes',
            year: 'Exercice {{year}}',
          },
        },
      },
    });
    expect(i18n.t('lines', { count: 100_044 })).toBe('100\u202f044 lignes');
    expect(i18n.t('lines', { count: 1 })).toBe('1 ligne');
    expect(i18n.t('year', { year: 2026 })).toBe('Exercice 2026');
  });
});
