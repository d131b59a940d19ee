/** The seven languages of the product, with their own names (shown untranslated in the picker). */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'de', name: 'Deutsch' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'it', name: 'Italiano' },
  { code: 'pl', name: 'Polski' },
  { code: 'zh-CN', name: '简体中文' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];
/** localStorage key of the language chosen in the header. */
export const LANGUAGE_KEY = 'partner-rewards.language';

/** Development only: accented, lengthened English that shows untranslated text and overflow. */
export const PSEUDO_LANGUAGE = 'en-XA';

export function isLanguage(value: unknown): value is LanguageCode {
  return LANGUAGES.some((l) => l.code === value);
}

/** Best supported language for a list of BCP 47 tags ('de-AT' → 'de', 'zh-Hans-CN' → 'zh-CN'). */
export function matchLanguage(preferred: readonly string[]): LanguageCode {
  for (const tag of preferred) {
    const lower = tag.toLowerCase();
    if (lower.startsWith('zh')) {
      if (lower.includes('tw') || lower.includes('hk') || lower.includes('hant')) continue;
      return 'zh-CN';
    }
    const base = lower.split('-')[0];
    const hit = LANGUAGES.find((l) => l.code === base);
    if (hit) return hit.code;
  }
  return 'en';
}
