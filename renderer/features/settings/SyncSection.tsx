import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { formatDateTime, formatNumber } from '../../format/format';
import { syncNow } from '../../sync/controller';
import { useSyncStatus } from '../../sync/status';
import { errorMessage } from '../../sync/status-model';

/** Where sync stands, in words: state, changes waiting, last success, first-sync progress, last error. */
export function SyncSection() {
  const { t, i18n } = useTranslation();
  const sync = useSyncStatus();
  const [asked, setAsked] = useState(false);
  const error = sync.lastError ? errorMessage(sync.lastError) : null;
  const firstSync = sync.account !== null && !sync.caughtUp;
  return (
    <Card title={t('settings.sync.title')}>
      <dl className="settings-facts">
        <dt>{t('settings.sync.state')}</dt>
        <dd>
          <span className={`badge sync-${sync.state}`} data-testid="sync-state">
            {t(`sync.badge.${sync.state}`)}
          </span>
        </dd>
        <dt>{t('settings.sync.outbox')}</dt>
        <dd data-testid="sync-pending">{t('settings.sync.pending', { count: sync.pending })}</dd>
        <dt>{t('settings.sync.last')}</dt>
        <dd>
          {sync.lastPulledAt
            ? formatDateTime(sync.lastPulledAt, i18n.language)
            : t('settings.sync.never')}
        </dd>
        {firstSync && (
          <>
            <dt>{t('settings.sync.firstSync')}</dt>
            <dd data-testid="sync-progress">
              {sync.linesTotal === null
                ? t('settings.sync.linesReceived', {
                    count: sync.linesReceived,
                    lines: formatNumber(sync.linesReceived, i18n.language),
                  })
                : t('settings.sync.linesOfTotal', {
                    count: sync.linesTotal,
                    lines: formatNumber(sync.linesReceived, i18n.language),
                    total: formatNumber(sync.linesTotal, i18n.language),
                  })}
            </dd>
          </>
        )}
        {error && (
          <>
            <dt>{t('settings.sync.lastError')}</dt>
            <dd role="alert" data-testid="sync-error">
              {t(error.key, error.values)}
            </dd>
          </>
        )}
      </dl>
      <p className="small muted">{t(`sync.state.${sync.state}`)}</p>
      {sync.account && (
        <div className="button-row">
          <button
            type="button"
            data-testid="sync-now"
            disabled={sync.state === 'syncing' || asked}
            onClick={() => {
              setAsked(true);
              void syncNow().finally(() => setAsked(false));
            }}
          >
            {t('settings.sync.now')}
          </button>
        </div>
      )}
    </Card>
  );
}
