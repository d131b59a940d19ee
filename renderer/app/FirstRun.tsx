import { useTranslation } from 'react-i18next';
import { LoadDemoButton } from '../components/LoadDemoButton';

/** Shown while the database is empty: load the demo, or start by importing a distributor file. */
export function FirstRun() {
  const { t } = useTranslation();
  return (
    <section className="first-run card" aria-labelledby="first-run-title">
      <h1 id="first-run-title">{t('firstRun.title')}</h1>
      <p>{t('firstRun.body')}</p>
      <div className="button-row">
        <LoadDemoButton className="primary" />
        <a className="button" href="#/import">
          {t('firstRun.import')}
        </a>
      </div>
    </section>
  );
}
