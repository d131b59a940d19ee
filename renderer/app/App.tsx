import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExplainDialog } from '../components/ExplainDialog';
import { Toasts } from '../components/Toasts';
import { useHasInvoiceLines } from '../data/hooks';
import { onDatabaseReplaced, onDatabaseSwitched } from '../data/db';
import { startSync, stopSync } from '../sync/controller';
import { dismissBootPaint } from '../boot/paint';
import { FirstRun } from './FirstRun';
import { Header } from './Header';
import { ScreenErrorBoundary } from './ScreenErrorBoundary';
import { ROUTES, routeFromHash } from './routes';
import { UpdatePrompt } from '../offline/UpdatePrompt';
import { useUi } from '../state/ui-store';

function useHashRoute() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return routeFromHash(hash);
}

/**
 * The app for the database in use. A sign-in or sign-out switches databases (one per user and
 * server): the whole tree remounts, so every live query reads the new one and nothing of the
 * previous user stays on screen.
 */
export function App() {
  const [generation, setGeneration] = useState(0);
  useEffect(() => onDatabaseSwitched(() => setGeneration((g) => g + 1)), []);
  // Sync runs for a signed-in database from the start (and stops with the app).
  useEffect(() => {
    void startSync();
    return () => stopSync();
  }, []);
  return <AppForDatabase key={generation} />;
}

function AppForDatabase() {
  const { t } = useTranslation();
  const route = useHashRoute();
  const hasLines = useHasInvoiceLines();
  const [replaced, setReplaced] = useState(false);
  useEffect(() => onDatabaseReplaced(() => setReplaced(true)), []);
  const demoLoading = useUi((s) => s.demoLoading);
  const needsData =
    demoLoading || (hasLines === false && route.id !== 'import' && route.id !== 'settings');

  // The start-up paint only ever shows the dashboard's figures (renderer/boot/).
  useEffect(() => {
    if (route.id !== 'dashboard' || needsData) dismissBootPaint();
  }, [route.id, needsData]);

  useEffect(() => {
    document.title = `${t(route.labelKey)} · ${t('app.title')}`;
  }, [route, t]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <Header />
      <div className="app-body">
        <nav className="app-nav" aria-label={t('nav.label')}>
          <ul>
            {ROUTES.map((r) => (
              <li key={r.id}>
                <a href={`#/${r.id}`} aria-current={r.id === route.id ? 'page' : undefined}>
                  {t(r.labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          <UpdatePrompt />
          {replaced && (
            <div className="banner banner-warning" role="alert">
              {t('app.newerVersion')}{' '}
              <button type="button" onClick={() => window.location.reload()}>
                {t('app.reload')}
              </button>
            </div>
          )}
          {/* The screen renders (and starts its queries) while "is there any data?" is asked. */}
          {needsData ? (
            <FirstRun />
          ) : (
            <ScreenErrorBoundary
              key={route.id}
              route={route}
              fallback={<p className="loading">{t('common.loading')}</p>}
            />
          )}
        </main>
      </div>
      <ExplainDialog />
      <Toasts />
    </div>
  );
}
