import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from '../../locales/en.json';
import {
  isLanguage,
  LANGUAGE_KEY,
  matchLanguage,
  PSEUDO_LANGUAGE,
  type LanguageCode,
} from './languages';
import { pseudoLocalise } from './pseudo';
import { groupedNumbers } from './grouped-numbers';

export { LANGUAGE_KEY };

// Other languages load on demand: the first screen only carries the one it shows.
const loaders = import.meta.glob<{ default: Record<string, unknown> }>([
  '../../locales/*.json',
  '!../../locales/en.json',
]);

async function loadResources(language: string): Promise<Record<string, unknown>> {
  if (language === 'en') return en;
  if (language === PSEUDO_LANGUAGE) return pseudoLocalise(en) as Record<string, unknown>;
  const loader = loaders[`../../locales/${language}.json`];
  if (!loader) throw new Error(`No translations for ${language}`);
  return (await loader()).default;
}

/** A missing key is a bug: loud in development and tests, English fallback for users. */
function onMissingKey(languages: readonly string[], _ns: string, key: string): void {
  const message = `Missing translation key "${key}" for ${languages.join(', ')}`;
  if (import.meta.env.DEV || import.meta.env.MODE === 'test') console.error(message);
  (window as unknown as { __missingKeys?: string[] }).__missingKeys?.push(key);
}

export function storedLanguage(): LanguageCode | typeof PSEUDO_LANGUAGE | null {
  const value = localStorage.getItem(LANGUAGE_KEY);
  if (value === PSEUDO_LANGUAGE && import.meta.env.DEV) return PSEUDO_LANGUAGE;
  return isLanguage(value) ? value : null;
}

export async function initI18n(preferred: readonly string[]): Promise<typeof i18next> {
  const params = new URLSearchParams(window.location.search);
  const requested = params.get('lang');
  const language =
    (requested && (isLanguage(requested) || (requested === PSEUDO_LANGUAGE && import.meta.env.DEV))
      ? requested
      : null) ??
    storedLanguage() ??
    matchLanguage(preferred);
  (window as unknown as { __missingKeys?: string[] }).__missingKeys = [];
  await i18next
    .use(initReactI18next)
    .use(groupedNumbers)
    .init({
      lng: language,
      fallbackLng: 'en',
      resources: {
        en: { translation: en },
        [language]: { translation: await loadResources(language) },
      },
      // alwaysFormat: counts get digit grouping (grouped-numbers.ts).
      interpolation: { escapeValue: false, alwaysFormat: true },
      showSupportNotice: false,
      returnNull: false,
      saveMissing: true,
      missingKeyHandler: onMissingKey,
    });
  document.documentElement.lang = language;
  return i18next;
}

/** Loads a language's strings without switching the app to it (a quote in the customer's language). */
export async function ensureLanguage(language: LanguageCode): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation'))
    i18next.addResourceBundle(language, 'translation', await loadResources(language));
}

export async function changeLanguage(
  language: LanguageCode | typeof PSEUDO_LANGUAGE,
): Promise<void> {
  if (!i18next.hasResourceBundle(language, 'translation')) {
    i18next.addResourceBundle(language, 'translation', await loadResources(language));
  }
  await i18next.changeLanguage(language);
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
}
