import { useTranslation } from 'react-i18next';
import type { LeapBalanceResult } from '../../../shared/index';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { formatMoney, formatNumber } from '../../format/format';
import { signedPoints } from '../dashboard/format-points';
import { explanationOf } from '../../components/explanation';

export function BalanceCard({ balance }: { balance: LeapBalanceResult }) {
  const { t, i18n } = useTranslation();
  const n = (value: number) => formatNumber(value, i18n.language);
  const title = t('leap.balance.balance');
  const rows = [
    { key: 'learning', points: balance.earnedPoints.learning },
    { key: 'sales', points: balance.earnedPoints.sales },
    { key: 'promotions', points: balance.earnedPoints.promotions },
    { key: 'redemptions', points: -balance.redeemedPoints },
  ];
  return (
    <Card title={t('leap.balance.title')}>
      <p className="stat-label muted small">{title}</p>
      <div className="big-number">
        <ExplainButton explanation={explanationOf(title, balance, balance.valueCurrency)}>
          {t('leap.points', { count: balance.balancePoints, formatted: n(balance.balancePoints) })}
        </ExplainButton>
      </div>
      <dl className="leap-stats">
        <dt>{t('leap.balance.month')}</dt>
        <dd>
          <strong>
            {t('leap.signedPoints', signedPoints(balance.monthChangePoints, i18n.language))}
          </strong>
        </dd>
      </dl>
      <p className="muted small">
        {t('leap.balance.worth', {
          amount: formatMoney(balance.valueCents, balance.valueCurrency, i18n.language),
        })}
      </p>
      <table>
        <caption className="sr-only">{t('leap.sources.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('leap.sources.source')}</th>
            <th scope="col" className="num">
              {t('leap.sources.points')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{t(`leap.sources.${row.key}`)}</th>
              <td className="num">
                {t('leap.signedPoints', signedPoints(row.points, i18n.language))}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="leap-total">
            <th scope="row">{t('leap.sources.balance')}</th>
            <td className="num">{n(balance.balancePoints)}</td>
          </tr>
        </tfoot>
      </table>
    </Card>
  );
}
