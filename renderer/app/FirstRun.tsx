import { useTranslation } from 'react-i18next';
import { db } from '../data/db';
import { nowIso, today } from '../state/clock';
import { useUi } from '../state/ui-store';

/** Shown while the database is empty: load the demo, or start by importing a distributor file. */
export function FirstRun() {
  const { t } = useTranslation();
  const busy = useUi((s) => s.demoLoading);
  const setBusy = useUi((s) => s.setDemoLoading);
  const toast = useUi((s) => s.toast);
  const load = async () => {
    setBusy(true);
    try {
      // The demo set (and its generator) loads only when asked for: not part of the first screen.
      const { loadDemoData } = await import('../demo/demo-data');
      await loadDemoData(db, today(), nowIso());
      toast('success', t('firstRun.loaded'));
    } catch (error) {
      toast('error', error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="first-run card" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p>{t('firstRun.body')}</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => void load()}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? t('firstRun.loading') : t('firstRun.loadDemo')}
        </button>
        <a className="button" href="#/import">
          {t('firstRun.import')}
        </a>
      </div>
    </section>
  );
}
