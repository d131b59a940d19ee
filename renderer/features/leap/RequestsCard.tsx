import { useTranslation } from 'react-i18next';
import { Card, EmptyState } from '../../components/Card';
import type { LeapRedemptionRow } from '../../db/index';
import { formatDate, formatNumber } from '../../format/format';
import { useRewardName } from './useRewardName';

const STATUS_CLASS = { requested: 'badge-warn', fulfilled: 'badge-ok', cancelled: '' } as const;

export function RequestsCard({ requests }: { requests: readonly LeapRedemptionRow[] }) {
  const { t, i18n } = useTranslation();
  const rewardName = useRewardName();
  const sorted = [...requests].sort((a, b) =>
    a.requestedOn < b.requestedOn ? 1 : a.requestedOn > b.requestedOn ? -1 : 0,
  );
  return (
    <Card title={t('leap.requests.title')}>
      {sorted.length === 0 ? (
        <EmptyState>{t('leap.requests.empty')}</EmptyState>
      ) : (
        <table className="leap-requests">
          <thead>
            <tr>
              <th scope="col">{t('leap.requests.date')}</th>
              <th scope="col">{t('leap.requests.reward')}</th>
              <th scope="col" className="num">
                {t('leap.requests.points')}
              </th>
              <th scope="col">{t('leap.requests.status')}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r) => (
              <tr key={r.id}>
                <td className="leap-nowrap">{formatDate(r.requestedOn, i18n.language, 'short')}</td>
                <td>{rewardName(r.rewardId)}</td>
                <td className="num">{formatNumber(r.points, i18n.language)}</td>
                <td>
                  <span className={`badge ${STATUS_CLASS[r.status]}`}>
                    {t(`leap.requests.statuses.${r.status}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Card>
  );
}
