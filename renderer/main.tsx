import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { dismissBootPaint } from './boot/paint';
import { trackFailedLinks } from './app/failed-links';
import { preloadRoute, routeFromHash } from './app/routes';
import { whenSlow } from './app/when-slow';
import { startDatabase } from './data/db';
import { formatDate } from './format/format';
import { initI18n } from './i18n/index';
import { platform } from './platform/index';
import { followLaunchIntents, offerImport } from './platform/launch';
import { startOfflineSupport } from './offline/start';

// Past this, a still-opening database is probably being upgraded (the first start after an
// update rebuilds aggregates from every invoice line): say so rather than show a blank window.
const SLOW_OPEN_MS = 300;

async function start(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  trackFailedLinks(document);
  const database = startDatabase().then(() => performance.mark('pr:database-open'));
  // The database opens, the landing screen's code loads and the translations load all at once.
  await Promise.all([
    database,
    preloadRoute(routeFromHash(window.location.hash)),
    platform.app
      .preferredLanguages()
      .then(initI18n)
      .then((i18n) => {
        performance.mark('pr:i18n-ready');
        // The desktop shell's native menus follow the app's language.
        void platform.app.setLanguage(i18n.language);
        i18n.on('languageChanged', (language) => void platform.app.setLanguage(language));
        // The first Intl.DateTimeFormat of a language loads its date patterns (100-160 ms on a
        // loaded 2-core machine). Made here, while the database opens and the screen's code
        // loads, it is cached (format.ts) when the screen's first render needs it.
        formatDate('2000-01-01', i18n.language);
        whenSlow(database, SLOW_OPEN_MS, () => {
          root.setAttribute('role', 'status');
          root.textContent = i18n.t('app.openingDatabase');
        });
      }),
  ]);
  root.removeAttribute('role');
  root.textContent = '';
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  // Deep links, files opened with the app and notification clicks (desktop only).
  followLaunchIntents(platform, {
    route: (route) => {
      window.location.hash = `#/${route}`;
    },
    importFile: (file) => {
      offerImport(file);
      window.location.hash = '#/import';
    },
  });
  // After the first screen: precaching every file must not compete with opening the app.
  startOfflineSupport();
}

start().catch((error: unknown) => {
  dismissBootPaint();
  const root = document.getElementById('root');
  if (root) {
    root.textContent = `Partner Rewards could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  }
});
