import { useTranslation } from 'react-i18next';
import { Chart } from '../../components/charts/Chart';
import { Card } from '../../components/Card';
import { formatMoney, formatNumber, formatQuarter } from '../../format/format';
import type { LoyaltyQuarter } from './useLoyalty';

export function HistoryCard({ quarters }: { quarters: readonly LoyaltyQuarter[] }) {
  const { t, i18n } = useTranslation();
  const latest = quarters[quarters.length - 1];
  const tiers = latest?.rules.tiers.filter((tier) => tier.minUnits > 0) ?? [];
  const currency = latest?.result.currency ?? 'EUR';
  return (
    <Card title={t('loyalty.history.title')}>
      <Chart
        title={t('loyalty.history.chart', { count: quarters.length })}
        labelHeader={t('loyalty.history.quarter')}
        data={quarters.map((q) => ({ label: formatQuarter(q.quarter), units: q.units }))}
        series={[{ key: 'units', name: t('loyalty.history.units'), kind: 'bar', color: '#0b5cad' }]}
        referenceLines={tiers.map((tier) => ({
          value: tier.minUnits,
          label: t('loyalty.history.threshold', {
            min: formatNumber(tier.minUnits, i18n.language),
            rate: formatMoney(tier.perUnitCents, currency, i18n.language),
          }),
          color: '#8a5a00',
          hideLabel: true,
        }))}
        format={(v) => formatNumber(v, i18n.language)}
      />
      <p className="muted small">
        {t('loyalty.history.linesNote', {
          list: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
            tiers.map((tier) =>
              t('loyalty.history.threshold', {
                min: formatNumber(tier.minUnits, i18n.language),
                rate: formatMoney(tier.perUnitCents, currency, i18n.language),
              }),
            ),
          ),
        })}
      </p>
      <table className="loyalty-history">
        <thead>
          <tr>
            <th scope="col">{t('loyalty.history.quarter')}</th>
            <th scope="col" className="num">
              {t('loyalty.history.units')}
            </th>
            <th scope="col" className="num">
              {t('loyalty.history.rebate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...quarters].reverse().map((q) => (
            <tr key={q.quarter}>
              <th scope="row">{formatQuarter(q.quarter)}</th>
              <td className="num">{formatNumber(q.units, i18n.language)}</td>
              <td className="num">
                {formatMoney(q.result.totalCents, q.result.currency, i18n.language)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
