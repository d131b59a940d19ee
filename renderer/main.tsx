import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startDatabase } from './data/db';
import { initI18n } from './i18n/index';
import { platform } from './platform/index';
import './app/app.css';

// The landing screen's code loads while the database and translations start, not after.
if (/^#?\/?(dashboard)?$/.test(window.location.hash))
  void import('./features/dashboard/DashboardScreen');

async function start(): Promise<void> {
  const [languages] = await Promise.all([platform.app.preferredLanguages(), startDatabase()]);
  performance.mark('pr:database-open');
  await initI18n(languages);
  performance.mark('pr:i18n-ready');
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
