import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { expectedPayment, parseQuarterKey, quarterStart } from '../../../shared/index';
import { formatDate, formatMoney, formatNumber, formatQuarter } from '../../format/format';
import { today } from '../../state/clock';
import type { LoyaltyQuarter } from './useLoyalty';
import { explanationOf } from '../../components/explanation';

export function CurrentCard({ current }: { current: LoyaltyQuarter }) {
  const { t, i18n } = useTranslation();
  const { result, units, rules } = current;
  const money = (cents: number) => formatMoney(cents, result.currency, i18n.language);
  const explanation = (title: string) => explanationOf(title, result, result.currency);
  const tier = rules.tiers[result.tierIndex];
  const jumps = result.nextUnitValueCents > result.perUnitCents;
  return (
    <Card title={t('loyalty.current.title', { quarter: formatQuarter(current.quarter) })}>
      <dl className="loyalty-stats">
        <dt>{t('loyalty.current.units')}</dt>
        <dd className="big-number">
          <ExplainButton explanation={explanation(t('loyalty.current.units'))}>
            {t('loyalty.current.unitsValue', {
              count: units,
              formatted: formatNumber(units, i18n.language),
            })}
          </ExplainButton>
        </dd>
        <dt>{t('loyalty.current.tier')}</dt>
        <dd>
          {t('loyalty.current.tierName', {
            min: formatNumber(tier?.minUnits ?? 0, i18n.language),
            rate: money(result.perUnitCents),
          })}
        </dd>
        <dt>{t('loyalty.current.rebate')}</dt>
        <dd className="big-number">
          <ExplainButton explanation={explanation(t('loyalty.current.rebate'))}>
            {money(result.totalCents)}
          </ExplainButton>
        </dd>
        <dt>{t('loyalty.current.toNext')}</dt>
        <dd>
          {result.nextTierUnits !== null && result.nextTierPerUnitCents !== null
            ? t('loyalty.current.toNextValue', {
                count: result.nextTierUnits,
                rate: money(result.nextTierPerUnitCents),
              })
            : t('loyalty.current.topTier')}
        </dd>
        {result.nextTierGainCents !== null && result.nextTierUnits !== null && (
          <>
            <dt>{t('loyalty.current.tierGain')}</dt>
            <dd>
              <ExplainButton explanation={explanation(t('loyalty.current.tierGain'))}>
                {t('loyalty.current.tierGainValue', {
                  count: result.nextTierUnits,
                  amount: money(result.nextTierGainCents),
                })}
              </ExplainButton>
            </dd>
          </>
        )}
        <dt>{t('loyalty.current.nextUnit')}</dt>
        <dd>
          <ExplainButton explanation={explanation(t('loyalty.current.nextUnit'))}>
            {money(result.nextUnitValueCents)}
          </ExplainButton>
        </dd>
      </dl>
      {result.totalCents > 0 && (
        <p className="muted small">
          {t('payments.expectedAfterQuarter', {
            date: formatDate(
              expectedPayment('loyalty', quarterStart(parseQuarterKey(current.quarter)), today()),
              i18n.language,
            ),
          })}
        </p>
      )}
      {jumps && (
        <p className="banner banner-info small">
          {t('loyalty.current.jump', {
            unit: formatNumber(units + 1, i18n.language),
            before: money(result.totalCents),
            after: money(result.totalCents + result.nextUnitValueCents),
          })}
        </p>
      )}
      <p className="muted small">{t('loyalty.current.retroactive')}</p>
    </Card>
  );
}
