import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../format/format';
import { useSyncStatus } from '../../sync/status';

/**
 * How fresh the team's figures are when they come from the sync server: "as of <last sync>, 3
 * changes not yet sent". Nothing for a database that does not sync (its figures are all local).
 */
export function Freshness() {
  const { t, i18n } = useTranslation();
  const sync = useSyncStatus();
  if (!sync.account) return null;
  const asOf = sync.lastPulledAt
    ? t('team.freshness.asOf', { time: formatDateTime(sync.lastPulledAt, i18n.language) })
    : t('team.freshness.never');
  return (
    <p className="small muted" data-testid="team-freshness">
      {asOf}
      {sync.pending > 0 && <> · {t('team.freshness.unsent', { count: sync.pending })}</>}
    </p>
  );
}
