import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { expectedPayment, parseQuarterKey, quarterStart } from '../../../shared/index';
import { formatDate, formatMoney, formatPercentBps } from '../../format/format';
import { today } from '../../state/clock';
import type { ElevateData } from './useElevate';
import { explanationOf } from '../../components/explanation';

export function PayoutCard({ data }: { data: ElevateData }) {
  const { t, i18n } = useTranslation();
  const { view, rules } = data;
  const { payout } = view;
  const currency = rules.currency;
  const explain = (title: string) => explanationOf(title, payout, currency);
  return (
    <Card title={t('elevate.payout.title')}>
      <dl className="elevate-stats">
        <dt>{t('elevate.payout.actual')}</dt>
        <dd>
          <Money cents={payout.actualCents} currency={currency} />
        </dd>
        <dt>{t('elevate.payout.accelerated')}</dt>
        <dd>
          <Money cents={payout.acceleratedCents} currency={currency} />
        </dd>
        <dt>{t('elevate.payout.counted')}</dt>
        <dd>
          <ExplainButton explanation={explain(t('elevate.payout.counted'))}>
            {formatMoney(payout.countedCents, currency, i18n.language)}
          </ExplainButton>
        </dd>
        <dt>{t('elevate.payout.status')}</dt>
        <dd>
          <span className={`badge ${payout.met ? 'badge-ok' : 'badge-warn'}`}>
            {payout.met
              ? t('elevate.payout.met')
              : t('elevate.payout.notMet', {
                  amount: formatMoney(payout.shortfallCents, currency, i18n.language, {
                    whole: true,
                  }),
                })}
          </span>
        </dd>
        <dt>{t('elevate.payout.rate')}</dt>
        <dd>
          <span className="badge">{t(`elevate.levels.${view.enrolment?.level ?? 'closed'}`)}</span>{' '}
          {formatPercentBps(payout.rateBps, i18n.language, 0)}
        </dd>
        <dt>{t('elevate.payout.payout')}</dt>
        <dd className="big-number">
          <ExplainButton explanation={explain(t('elevate.payout.payout'))}>
            {formatMoney(payout.payoutCents, currency, i18n.language)}
          </ExplainButton>
        </dd>
      </dl>
      {payout.payoutCents > 0 && (
        <p className="muted small">
          {t('payments.expectedAfterQuarter', {
            date: formatDate(
              expectedPayment('elevate', quarterStart(parseQuarterKey(view.quarter)), today()),
              i18n.language,
            ),
          })}
        </p>
      )}
      {rules.countedRevenueCapCents !== undefined && (
        <p className="muted small">
          {t('elevate.payout.capNote', {
            amount: formatMoney(rules.countedRevenueCapCents, currency, i18n.language, {
              whole: true,
            }),
          })}
        </p>
      )}
    </Card>
  );
}
