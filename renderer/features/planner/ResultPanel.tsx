import { useTranslation } from 'react-i18next';
import type { DealStackResult } from '../../../shared/index';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { formatMoney, formatPercentBps } from '../../format/format';
import type { PlanOutcome } from './usePlanResult';
import { explanationOf } from '../../components/explanation';

/** Every stacked benefit with amount, timing and payee; the exclusions in plain words; the total. */
export function ResultPanel({ outcome, listCents }: { outcome: PlanOutcome; listCents: number }) {
  const { t, i18n } = useTranslation();
  if (!outcome.ok)
    return (
      <p className="banner banner-error" role="alert">
        {t('planner.result.invalid', { field: outcome.field })}
      </p>
    );
  const { result, rules } = outcome;
  const exact = formatMoney(result.totalCents, result.currency, i18n.language);
  const wholeDeal = rules.deal.servicesRebate.base === 'deal-when-attached';
  return (
    <div className="plan-result" aria-live="polite">
      <div className="result-figures">
        <div>
          <div className="muted small">{t('planner.result.total')}</div>
          <ExplainButton
            className="big-number"
            explanation={{
              title: t('planner.result.totalExplained', { amount: exact }),
              steps: result.benefits.flatMap((b) => b.steps),
              rule: rules.deal,
              currency: result.currency,
            }}
          >
            <span data-testid="plan-total">
              <Money cents={result.totalCents} currency={result.currency} whole />
            </span>
          </ExplainButton>
        </div>
        <div>
          <div className="muted small">{t('planner.result.margin')}</div>
          <div className="big-number" data-testid="plan-margin">
            {formatPercentBps(result.marginBps, i18n.language)}
          </div>
        </div>
        <div>
          <div className="muted small">{t('planner.result.partnerPrice')}</div>
          <div className="figure">
            <Money cents={result.partnerPriceCents} currency={result.currency} whole />
          </div>
          <div className="small muted">
            {t('planner.result.list', {
              amount: formatMoney(listCents, result.currency, i18n.language, { whole: true }),
            })}
          </div>
        </div>
      </div>
      <p className="small muted">
        {t('planner.result.rules', { version: rules.deal.version, spiff: rules.spiff.version })}
        {wholeDeal && ` ${t('planner.result.servicesWholeDeal')}`}
      </p>
      <BenefitsTable result={result} />
      {result.excluded.length > 0 && (
        <>
          <h3>{t('planner.result.excludedTitle')}</h3>
          <ul className="excluded-list">
            {result.excluded.map((e) => (
              <li key={e.program}>
                <strong>{t(`planner.programs.${e.program}`)}</strong>{' '}
                <span>
                  {t(`planner.reasons.${e.reason}`, {
                    min: rules.deal.volumeDiscount.minUnits,
                    max: rules.deal.volumeDiscount.maxUnits,
                  })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function BenefitsTable({ result }: { result: DealStackResult }) {
  const { t } = useTranslation();
  if (result.benefits.length === 0)
    return <p className="empty-state">{t('planner.result.noBenefits')}</p>;
  return (
    <table className="benefits-table">
      <caption className="sr-only">{t('planner.result.benefitsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('planner.result.program')}</th>
          <th scope="col" className="num">
            {t('planner.result.amount')}
          </th>
          <th scope="col">{t('planner.result.timing')}</th>
          <th scope="col">{t('planner.result.payee')}</th>
        </tr>
      </thead>
      <tbody>
        {result.benefits.map((b) => (
          <tr key={b.program}>
            <th scope="row">{t(`planner.programs.${b.program}`)}</th>
            <td className="num">
              <ExplainButton
                explanation={explanationOf(t(`planner.programs.${b.program}`), b, result.currency)}
              >
                <Money cents={b.amountCents} currency={result.currency} whole />
              </ExplainButton>
            </td>
            <td>{t(`planner.timing.${b.timing}`)}</td>
            <td>{t(`planner.payee.${b.payee}`)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
