import { useTranslation } from 'react-i18next';
import { CardLink } from './CardLink';
import type { LoyaltyRules } from '../../../shared/index';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import type { LineAggregateRow } from '../../db/index';
import { loyaltyView } from '../../data/programs';
import { formatMoney, formatNumber } from '../../format/format';
import { explanationOf } from '../../components/explanation';

export function LoyaltyCard({
  lines,
  partnerId,
  quarter,
  rules,
}: {
  lines: readonly LineAggregateRow[];
  partnerId: string;
  quarter: string;
  rules: LoyaltyRules;
}) {
  const { t, i18n } = useTranslation();
  const { units, result } = loyaltyView(lines, partnerId, quarter, rules);
  const money = (cents: number) => formatMoney(cents, result.currency, i18n.language);
  const explanation = (title: string) => explanationOf(title, result, result.currency);
  return (
    <Card
      className="dashboard-card"
      title={
        <>
          {t('dashboard.loyalty.title')}
          <span className="badge program-card-currency">{result.currency}</span>
        </>
      }
    >
      <p className="stat-label">{t('dashboard.loyalty.units')}</p>
      <div className="big-number">
        <ExplainButton explanation={explanation(t('dashboard.loyalty.units'))}>
          {t('dashboard.loyalty.unitsValue', {
            count: units,
            formatted: formatNumber(units, i18n.language),
          })}
        </ExplainButton>
      </div>
      <dl className="stats">
        <dt>{t('dashboard.loyalty.rate')}</dt>
        <dd>{t('dashboard.loyalty.perUnit', { amount: money(result.perUnitCents) })}</dd>
        <dt>{t('dashboard.loyalty.rebate')}</dt>
        <dd>
          <ExplainButton explanation={explanation(t('dashboard.loyalty.rebate'))}>
            {money(result.totalCents)}
          </ExplainButton>
        </dd>
        {result.nextTierGainCents !== null && result.nextTierUnits !== null && (
          <>
            <dt>{t('dashboard.loyalty.tierGain', { count: result.nextTierUnits })}</dt>
            <dd>
              <ExplainButton explanation={explanation(t('dashboard.loyalty.tierGainTitle'))}>
                {t('dashboard.loyalty.gain', { amount: money(result.nextTierGainCents) })}
              </ExplainButton>
            </dd>
          </>
        )}
        <dt>{t('dashboard.loyalty.nextUnit')}</dt>
        <dd>
          <ExplainButton explanation={explanation(t('dashboard.loyalty.nextUnit'))}>
            {money(result.nextUnitValueCents)}
          </ExplainButton>
        </dd>
      </dl>
      <p className="muted small">{t('dashboard.loyalty.currencyNote')}</p>
      <p className="next-step">
        {result.nextTierUnits !== null && result.nextTierPerUnitCents !== null
          ? t('dashboard.loyalty.toNext', {
              count: result.nextTierUnits,
              rate: money(result.nextTierPerUnitCents),
            })
          : t('dashboard.loyalty.topTier')}
      </p>
      <CardLink href="#/loyalty" screen={t('nav.loyalty')} />
    </Card>
  );
}
