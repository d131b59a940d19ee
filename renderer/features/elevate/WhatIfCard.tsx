import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { formatMoney, formatNumber } from '../../format/format';
import { decimalSeparator, elevateWhatIfGains, parseAmountToCents } from './what-if';
import type { ElevateData } from './useElevate';
import { explanationOf } from '../../components/explanation';

export function WhatIfCard({ data }: { data: ElevateData }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [accelerated, setAccelerated] = useState(false);
  const { view, rules } = data;
  const { payout } = view;
  const currency = rules.currency;
  const level = view.enrolment?.level ?? view.openLevel ?? 'closed';
  const {
    withExtra: result,
    acceptGainCents,
    salesGainCents,
  } = elevateWhatIfGains(
    {
      totalCents: payout.actualCents,
      acceleratedCents: payout.acceleratedCents,
      targetCents: view.targetCents,
      level,
      extraCents: parseAmountToCents(text, decimalSeparator(i18n.language)),
      extraAccelerated: accelerated,
    },
    payout.payoutCents,
    rules,
  );
  const money = (cents: number) => formatMoney(cents, currency, i18n.language);
  const signed = (cents: number) => `${cents > 0 ? '+' : ''}${money(cents)}`;
  return (
    <Card title={t('elevate.whatIf.title')}>
      <div className="form-row">
        <label className="field" htmlFor={`${id}-extra`}>
          {t('elevate.whatIf.extra', { currency })}
          <input
            id={`${id}-extra`}
            type="text"
            inputMode="decimal"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder={formatNumber(10_000, i18n.language)}
          />
        </label>
        <label className="elevate-checkbox">
          <input
            name="what-if"
            type="checkbox"
            checked={accelerated}
            onChange={(e) => setAccelerated(e.target.checked)}
          />
          {t('elevate.whatIf.accelerated', {
            multiplier: formatNumber(rules.acceleratorMultiplierBps / 10_000, i18n.language),
          })}
        </label>
      </div>
      <p className="muted small">
        {t('elevate.whatIf.assumedLevel', { level: t(`elevate.levels.${level}`) })}
      </p>
      <dl className="elevate-stats" aria-live="polite">
        <dt>{t('elevate.whatIf.counted')}</dt>
        <dd>{money(result.countedCents)}</dd>
        <dt>{t('elevate.whatIf.met')}</dt>
        <dd>
          <span className={`badge ${result.met ? 'badge-ok' : 'badge-warn'}`}>
            {t(result.met ? 'common.yes' : 'common.no')}
          </span>
        </dd>
        <dt>{t('elevate.whatIf.payout')}</dt>
        <dd className="big-number">
          <ExplainButton explanation={explanationOf(t('elevate.whatIf.explain'), result, currency)}>
            {money(result.payoutCents)}
          </ExplainButton>
        </dd>
        {acceptGainCents !== 0 && (
          <>
            <dt>{t('elevate.whatIf.acceptGain', { level: t(`elevate.levels.${level}`) })}</dt>
            <dd>{signed(acceptGainCents)}</dd>
          </>
        )}
        <dt>{t('elevate.whatIf.salesGain')}</dt>
        <dd>{signed(salesGainCents)}</dd>
        {acceptGainCents !== 0 && (
          <>
            <dt>{t('elevate.whatIf.change')}</dt>
            <dd>{signed(acceptGainCents + salesGainCents)}</dd>
          </>
        )}
      </dl>
    </Card>
  );
}
