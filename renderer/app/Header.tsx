import { useTranslation } from 'react-i18next';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../data/db';
import { useCurrentUser, useUsers } from '../data/hooks';
import { formatNumber, formatQuarter } from '../format/format';
import { changeLanguage } from '../i18n/index';
import { LANGUAGES, type LanguageCode } from '../i18n/languages';
import { useUi } from '../state/ui-store';
import { useSyncStatus } from '../sync/status';
import { errorMessage } from '../sync/status-model';

export function Header() {
  const { t, i18n } = useTranslation();
  const users = useUsers();
  const user = useCurrentUser();
  const setUser = useUi((s) => s.setUser);
  const quarter = useUi((s) => s.quarter);
  const setQuarter = useUi((s) => s.setQuarter);
  const sync = useSyncStatus();
  const quarters = useLiveQuery(async () => {
    const keys = new Set((await db.lineAggregates.orderBy('quarter').uniqueKeys()) as string[]);
    keys.add(useUi.getState().quarter);
    return [...keys].sort().reverse();
  }, []) ?? [quarter];

  return (
    <header className="app-header">
      <div className="brand" aria-hidden="true">
        ◆
      </div>
      <span className="app-title">{t('app.title')}</span>
      <div className="header-controls">
        <label>
          <span>{t('header.quarter')}</span>
          <select name="quarter" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((q) => (
              <option key={q} value={q}>
                {formatQuarter(q)}
              </option>
            ))}
          </select>
        </label>
        {sync.account ? (
          // Signed in: the account's user acts here, not a choice (header.user says who).
          <div className="header-field" data-testid="header-account">
            <span>{t('header.user')}</span>
            <span className="header-value">
              {user?.name ?? sync.account.name} · {t(`roles.${user?.role ?? sync.account.role}`)}
            </span>
          </div>
        ) : (
          users.length > 0 && (
            <label>
              <span>{t('header.user')}</span>
              <select name="user" value={user?.id ?? ''} onChange={(e) => setUser(e.target.value)}>
                {users.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name} · {t(`roles.${u.role}`)}
                  </option>
                ))}
              </select>
            </label>
          )
        )}
        <label>
          <span>{t('header.language')}</span>
          <select
            name="language"
            value={i18n.language}
            onChange={(e) => void changeLanguage(e.target.value as LanguageCode)}
          >
            {LANGUAGES.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
        </label>
        <a
          href="#/settings"
          className={`sync-badge sync-${sync.state}`}
          title={
            sync.lastError && sync.state === 'error'
              ? t(errorMessage(sync.lastError).key, errorMessage(sync.lastError).values)
              : t(`sync.state.${sync.state}`)
          }
          data-testid="sync-badge"
        >
          {t(`sync.badge.${sync.state}`)}
          {sync.state === 'syncing' && !sync.caughtUp && sync.linesTotal !== null && (
            <span className="sync-progress" data-testid="sync-badge-progress">
              {t('sync.progress', {
                count: sync.linesTotal,
                lines: formatNumber(sync.linesReceived, i18n.language),
                total: formatNumber(sync.linesTotal, i18n.language),
              })}
            </span>
          )}
          {sync.pending > 0 && (
            <span className="sync-pending">{t('sync.pending', { count: sync.pending })}</span>
          )}
        </a>
      </div>
    </header>
  );
}
