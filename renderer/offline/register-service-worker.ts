import i18next from 'i18next';
import { registerSW } from 'virtual:pwa-register';
import { useUi } from '../state/ui-store';
import { useAppUpdate } from './update-store';

// A rep may keep the app open for days: look for a new version now and then, and whenever the
// connection comes back, rather than only when the page is next opened.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

/**
 * Registers the precaching service worker (loaded on demand, after the first screen shows).
 * A new version is never swapped in silently: it waits until the user says "reload".
 */
export function registerServiceWorker(): void {
  const update = registerSW({
    onOfflineReady() {
      useUi.getState().toast('success', i18next.t('offline.ready'));
    },
    onNeedRefresh() {
      useAppUpdate.getState().offer(() => void update(true));
    },
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (navigator.onLine) registration.update().catch(() => undefined);
      };
      window.addEventListener('online', check);
      setInterval(check, UPDATE_CHECK_MS);
    },
    onRegisterError(error: unknown) {
      // The app works without it (every screen loads from the server while online).
      console.warn('Offline support is unavailable:', error);
    },
  });
}
