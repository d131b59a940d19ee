import { useTranslation } from 'react-i18next';
import { useAppUpdate } from './update-store';

/** "A new version is available": the user decides when to reload (a form may be half-filled). */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const apply = useAppUpdate((s) => s.apply);
  const dismissed = useAppUpdate((s) => s.dismissed);
  const elsewhere = useAppUpdate((s) => s.elsewhere);
  const dismiss = useAppUpdate((s) => s.dismiss);
  if (elsewhere)
    return (
      <div className="banner banner-warning update-prompt" role="alert">
        {t('app.newerVersion')}{' '}
        <button type="button" className="primary" onClick={() => window.location.reload()}>
          {t('app.reload')}
        </button>
      </div>
    );
  if (!apply || dismissed) return null;
  return (
    <div className="banner banner-info update-prompt" role="status">
      <span>{t('offline.updateAvailable')}</span>{' '}
      <button type="button" className="primary" onClick={apply}>
        {t('offline.updateNow')}
      </button>{' '}
      <button type="button" onClick={dismiss}>
        {t('offline.updateLater')}
      </button>
    </div>
  );
}
