import { isLanguage, LANGUAGE_KEY, matchLanguage } from '../i18n/languages';

/**
 * The language the app will start in, where it can be known before the app's code runs:
 * `?lang=`, else the one chosen in the header, else (in a browser) the browser's. In the desktop
 * shell without a chosen language the OS language comes through IPC: null, and no early paint
 * (a label in one language replaced by another would be worse than none).
 */
export function pickBootLanguage(win: Window): string | null {
  const requested = new URLSearchParams(win.location.search).get('lang');
  if (isLanguage(requested)) return requested;
  if (requested) return null;
  const stored = win.localStorage.getItem(LANGUAGE_KEY);
  if (isLanguage(stored)) return stored;
  if (win.partnerRewardsDesktop !== undefined) return null;
  return matchLanguage(win.navigator.languages ?? [win.navigator.language]);
}
