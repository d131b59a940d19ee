import de from '../../locales/de.json';
import en from '../../locales/en.json';
import es from '../../locales/es.json';
import fr from '../../locales/fr.json';
import it from '../../locales/it.json';
import pl from '../../locales/pl.json';
import zhCN from '../../locales/zh-CN.json';

export type MenuLabels = typeof en.desktop.menu;
export type NavLabels = Omit<typeof en.nav, 'label'>;

const LOCALES = { en, de, fr, es, it, pl, 'zh-CN': zhCN } as const;
type Language = keyof typeof LOCALES;

/** The app language whose menu labels to use: exact, then by base language ('de-AT' → de). */
export function menuLanguage(requested: string): Language {
  // Own keys only: '__proto__' or 'constructor' are "in" any object.
  if (Object.hasOwn(LOCALES, requested)) return requested as Language;
  const base = requested.split('-')[0]?.toLowerCase() ?? '';
  if (base === 'zh') return 'zh-CN';
  return Object.hasOwn(LOCALES, base) ? (base as Language) : 'en';
}

export function menuLabels(language: string): { menu: MenuLabels; nav: NavLabels } {
  const locale = LOCALES[menuLanguage(language)];
  return { menu: locale.desktop.menu, nav: locale.nav };
}
