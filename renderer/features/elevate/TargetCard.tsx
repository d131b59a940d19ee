import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { formatDate, formatMoney, formatPercentBps, formatQuarter } from '../../format/format';
import type { ElevateData } from './useElevate';
import { explanationOf } from '../../components/explanation';
import { targetInForceExplained } from '../../data/programs';

export function TargetCard({ data }: { data: ElevateData }) {
  const { t, i18n } = useTranslation();
  const { view, rules } = data;
  const { target } = view;
  const currency = rules.currency;
  const whole = (cents: number) => formatMoney(cents, currency, i18n.language, { whole: true });
  const grown = target.steps.find((s) => s.key === 'elevate.growth')?.result;
  const accepted = view.enrolment;
  return (
    <Card title={t('elevate.target.title')}>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('elevate.target.quarter')}</th>
            <th scope="col" className="num">
              {t('elevate.target.revenue')}
            </th>
          </tr>
        </thead>
        <tbody>
          {view.previous.map((p) => (
            <tr key={p.quarter}>
              <th scope="row">{formatQuarter(p.quarter)}</th>
              <td className="num">
                <Money cents={p.revenueCents} currency={currency} whole />
              </td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('elevate.target.average', { count: view.previous.length })}</th>
            <td className="num">
              <Money cents={target.averageCents} currency={currency} whole />
            </td>
          </tr>
          <tr>
            <th scope="row">
              {t('elevate.target.growth', {
                growth: formatPercentBps(rules.growthBps, i18n.language, 0),
              })}
            </th>
            <td className="num">
              {typeof grown === 'number' && <Money cents={grown} currency={currency} whole />}
            </td>
          </tr>
          <tr>
            <th scope="row" colSpan={2} className="muted">
              {target.clamp === 'floor'
                ? t('elevate.target.floor', { amount: whole(rules.targetFloorCents) })
                : target.clamp === 'cap'
                  ? t('elevate.target.cap', { amount: whole(rules.targetCapCents) })
                  : t('elevate.target.withinLimits', {
                      floor: whole(rules.targetFloorCents),
                      cap: whole(rules.targetCapCents),
                    })}
            </th>
          </tr>
        </tbody>
        <tfoot>
          <tr className="elevate-target-row">
            <th scope="row">
              {t('elevate.target.target', { quarter: formatQuarter(view.quarter) })}
            </th>
            <td className="num">
              <ExplainButton
                explanation={explanationOf(t('elevate.target.explain'), target, currency)}
              >
                {whole(target.targetCents)}
              </ExplainButton>
            </td>
          </tr>
        </tfoot>
      </table>
      {view.vendorTarget && !accepted && (
        <p className="muted small" data-testid="vendor-target">
          {t('elevate.target.vendor', {
            date: formatDate(view.vendorTarget.setAt.slice(0, 10), i18n.language),
          })}{' '}
          <ExplainButton
            explanation={explanationOf(
              t('elevate.target.explain'),
              targetInForceExplained(view),
              currency,
            )}
          >
            {whole(view.targetCents)}
          </ExplainButton>
        </p>
      )}
      {accepted && accepted.targetCents !== target.targetCents && (
        <p className="muted small">
          {t('elevate.target.accepted', { amount: whole(accepted.targetCents) })}
        </p>
      )}
    </Card>
  );
}
