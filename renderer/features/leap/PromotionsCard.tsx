import { useTranslation } from 'react-i18next';
import type { IsoDate, LeapRules } from '../../../shared/index';
import { Card, EmptyState } from '../../components/Card';
import { formatDate, formatNumber } from '../../format/format';

const STATUS_CLASS = { active: 'badge-ok', upcoming: 'badge-warn', ended: '' } as const;

export function PromotionsCard({ rules, asOf }: { rules: LeapRules; asOf: IsoDate }) {
  const { t, i18n } = useTranslation();
  return (
    <Card title={t('leap.promotions.title')}>
      {rules.promotions.length === 0 ? (
        <EmptyState>{t('leap.promotions.empty')}</EmptyState>
      ) : (
        <ul className="leap-promotions">
          {rules.promotions.map((p) => {
            const status = asOf < p.from ? 'upcoming' : asOf > p.to ? 'ended' : 'active';
            return (
              <li key={p.id}>
                <div className="leap-promotion-head">
                  <h3>{p.name}</h3>
                  <span className={`badge ${STATUS_CLASS[status]}`}>
                    {t(`leap.promotions.status.${status}`)}
                  </span>
                </div>
                <p className="small">
                  {p.kind === 'bonus'
                    ? t('leap.promotions.bonus', { points: formatNumber(p.points, i18n.language) })
                    : t('leap.promotions.leaderboard')}
                </p>
                <p className="muted small leap-promotion-meta">
                  <span>
                    {t('leap.promotions.dates', {
                      from: formatDate(p.from, i18n.language),
                      to: formatDate(p.to, i18n.language),
                    })}
                  </span>
                  <span>{t('leap.promotions.region', { region: p.region })}</span>
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
