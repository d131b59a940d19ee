import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadRoute, routeFromHash } from './app/routes';
import { startDatabase } from './data/db';
import { initI18n } from './i18n/index';
import { platform } from './platform/index';
import './app/app.css';

async function start(): Promise<void> {
  // The landing screen's code and the translations load while the database opens, not after.
  const languages = await platform.app.preferredLanguages();
  await Promise.all([
    startDatabase().then(() => performance.mark('pr:database-open')),
    initI18n(languages).then(() => performance.mark('pr:i18n-ready')),
    preloadRoute(routeFromHash(window.location.hash)),
  ]);
  const root = document.getElementById('root');
  if (!root) throw new Error('no #root element');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

start().catch((error: unknown) => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent = `Partner Rewards could not start: ${error instanceof Error ? error.message : String(error)}`;
    root.setAttribute('role', 'alert');
  }
});
