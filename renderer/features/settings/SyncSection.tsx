import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { formatDateTime } from '../../format/format';
import { useSyncStatus } from '../../sync/status';

export function SyncSection() {
  const { t, i18n } = useTranslation();
  const sync = useSyncStatus();
  return (
    <Card title={t('settings.sync.title')}>
      <dl className="settings-facts">
        <dt>{t('settings.sync.state')}</dt>
        <dd>
          <span className={`badge sync-${sync.state}`}>{t(`sync.badge.${sync.state}`)}</span>
        </dd>
        <dt>{t('settings.sync.outbox')}</dt>
        <dd>{t('settings.sync.pending', { count: sync.pending })}</dd>
        <dt>{t('settings.sync.last')}</dt>
        <dd>
          {sync.lastPulledAt
            ? formatDateTime(sync.lastPulledAt, i18n.language)
            : t('settings.sync.never')}
        </dd>
        {sync.lastError && (
          <>
            <dt>{t('settings.sync.lastError')}</dt>
            <dd>{sync.lastError}</dd>
          </>
        )}
      </dl>
      <p className="small muted">{t(`sync.state.${sync.state}`)}</p>
    </Card>
  );
}
