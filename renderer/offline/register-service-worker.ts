import { registerSW } from 'virtual:pwa-register';

// A rep may keep the app open for days: look for a new version now and then, and whenever the
// connection comes back, rather than only when the page is next opened.
const UPDATE_CHECK_MS = 60 * 60 * 1000;

export interface ServiceWorkerEvents {
  /** Every file of the app is stored: it now works offline (first install only). */
  offlineReady(): void;
  /** A new version is downloaded and waiting; `apply` activates it and reloads the page. */
  updateWaiting(apply: () => void): void;
  /** Another window activated the new version (this page is left running the old code). */
  updatedElsewhere(): void;
}

/**
 * Registers the precaching service worker (loaded on demand, after the first screen shows).
 * A new version is never swapped in silently: it waits until `apply` is called. This module
 * imports nothing of the app's, so it adds no shared code to the first screen's chunks.
 */
export function registerServiceWorker(events: ServiceWorkerEvents): void {
  // Every open window hears that the new version took over; only the one whose user asked
  // for it reloads by itself.
  let applying = false;
  // workbox-window can announce one waiting version twice ("installed" by another window, then
  // "waiting"): offering it again would undo the user's "Later".
  let offered: ServiceWorker | null = null;
  const update = registerSW({
    onOfflineReady: events.offlineReady,
    onNeedRefresh() {
      void navigator.serviceWorker.getRegistration().then((registration) => {
        const waiting = registration?.waiting ?? null;
        if (waiting !== null && waiting === offered) return;
        offered = waiting;
        events.updateWaiting(() => {
          applying = true;
          void update(true);
        });
      });
    },
    onNeedReload() {
      if (applying) window.location.reload();
      else events.updatedElsewhere();
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
