import { useTranslation } from 'react-i18next';
import { CardLink } from './CardLink';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { formatMoney, formatNumber } from '../../format/format';
import type { LeapData } from '../leap/useLeap';
import { signedPoints } from './format-points';
import { explanationOf } from '../../components/explanation';

export function LeapCard({ data, userId }: { data: LeapData; userId: string }) {
  const { t, i18n } = useTranslation();
  const balance = data.balanceOf(userId);
  const title = t('dashboard.leap.balance');
  return (
    <Card className="dashboard-card" title={t('dashboard.leap.title')}>
      <p className="stat-label">{title}</p>
      <div className="big-number">
        <ExplainButton explanation={explanationOf(title, balance, balance.valueCurrency)}>
          {t('dashboard.leap.points', {
            count: balance.balancePoints,
            formatted: formatNumber(balance.balancePoints, i18n.language),
          })}
        </ExplainButton>
      </div>
      <dl className="stats">
        <dt>{t('dashboard.leap.month')}</dt>
        <dd>
          {t('dashboard.leap.monthChange', signedPoints(balance.monthChangePoints, i18n.language))}
        </dd>
      </dl>
      <p className="muted small">
        {t('dashboard.leap.worth', {
          amount: formatMoney(balance.valueCents, balance.valueCurrency, i18n.language),
        })}
      </p>
      <p className="next-step">{t('dashboard.leap.next')}</p>
      <CardLink href="#/leap" screen={t('nav.leap')} />
    </Card>
  );
}
