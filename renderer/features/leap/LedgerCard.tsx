import { useTranslation } from 'react-i18next';
import { Card, EmptyState } from '../../components/Card';
import { formatDate } from '../../format/format';
import { signedPoints } from '../dashboard/format-points';
import type { LedgerEntry } from './ledger';
import { useRewardName } from './useRewardName';

export function LedgerCard({ entries }: { entries: readonly LedgerEntry[] }) {
  const { t, i18n } = useTranslation();
  const rewardName = useRewardName();
  const describe = (e: LedgerEntry): string => {
    switch (e.source) {
      case 'learning':
        return t('leap.ledger.learningEntry', { kind: t(`leap.kinds.${e.kind}`), title: e.title });
      case 'sales':
        return t('leap.ledger.salesEntry', { units: e.units, family: t(`families.${e.family}`) });
      case 'promotions':
        return t('leap.ledger.promotionEntry', { promotion: e.promotion });
      case 'redemptions':
        return t('leap.ledger.redemptionEntry', {
          reward: rewardName(e.rewardId),
          status: t(`leap.requests.statuses.${e.status}`),
        });
    }
  };
  return (
    <Card title={t('leap.ledger.title')} className="leap-ledger">
      {entries.length === 0 ? (
        <EmptyState>{t('leap.ledger.empty')}</EmptyState>
      ) : (
        <div className="leap-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('leap.ledger.date')}</th>
                <th scope="col">{t('leap.ledger.source')}</th>
                <th scope="col">{t('leap.ledger.entry')}</th>
                <th scope="col" className="num">
                  {t('leap.ledger.points')}
                </th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={`${e.source}-${e.id}`}>
                  <td className="leap-nowrap">{formatDate(e.date, i18n.language)}</td>
                  <td>{t(`leap.ledger.sourceNames.${e.source}`)}</td>
                  <td>{describe(e)}</td>
                  <td className="num">
                    {t('leap.signedPoints', signedPoints(e.points, i18n.language))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
