import { useTranslation } from 'react-i18next';
import type { DealPlanRow } from '../../db/index';
import { Money } from '../../components/Money';
import { formatDate, formatPercentBps } from '../../format/format';
import { useRuleVersions } from '../../data/hooks';
import { comparePlans } from './compare';
import { planOutcome } from './usePlanResult';

/**
 * Two or three saved plans side by side: benefits by program, totals, margins. Each plan's date
 * and the rule versions it was computed under head its column: plans of different dates may be
 * paid under different rules, and the comparison must say so.
 */
export function ComparePanel({ plans }: { plans: readonly DealPlanRow[] }) {
  const { t, i18n } = useTranslation();
  const versions = useRuleVersions();
  const outcomes = plans.map((p) => planOutcome(p.input, p.date, versions));
  const results = outcomes.flatMap((o) => (o.ok ? [o.result] : []));
  const rules = outcomes.flatMap((o) => (o.ok ? [o.rules] : []));
  if (results.length !== plans.length)
    return <p className="banner banner-error">{t('planner.compare.invalid')}</p>;
  const c = comparePlans(results);
  const cell = (value: number | null, best: boolean) =>
    value === null ? (
      <span className="muted">{t('planner.compare.notApplicable')}</span>
    ) : (
      <span className={best ? 'best' : undefined}>
        <Money cents={value} currency="USD" whole />
      </span>
    );
  return (
    <div className="table-scroll">
      <table className="compare-table">
        <caption className="sr-only">{t('planner.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.result.program')}</th>
            {plans.map((p, i) => (
              <th key={p.id} scope="col" className="num compare-plan">
                <span className="compare-plan-name">{p.name}</span>
                <span className="compare-plan-meta">
                  {t('planner.compare.planMeta', {
                    date: formatDate(p.date, i18n.language),
                    version: unbroken(rules[i]?.deal.version ?? ''),
                    spiff: unbroken(rules[i]?.spiff.version ?? ''),
                  })}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {c.rows.map((row) => (
            <tr key={row.program}>
              <th scope="row">{t(`planner.programs.${row.program}`)}</th>
              {row.amounts.map((a, i) => (
                <td key={plans[i]?.id ?? i} className="num">
                  {cell(a, row.best === i)}
                </td>
              ))}
            </tr>
          ))}
          <tr className="compare-sum">
            <th scope="row">{t('planner.result.partnerPrice')}</th>
            {c.partnerPrice.map((v, i) => (
              <td key={i} className="num">
                {cell(v, false)}
              </td>
            ))}
          </tr>
          <tr className="compare-sum">
            <th scope="row">{t('planner.result.total')}</th>
            {c.totals.map((v, i) => (
              <td key={i} className="num">
                {cell(v, false)}
              </td>
            ))}
          </tr>
          <tr className="compare-sum">
            <th scope="row">{t('planner.result.margin')}</th>
            {c.marginBps.map((v, i) => (
              <td key={i} className="num">
                <span className={c.bestTotal === i ? 'best' : undefined}>
                  {formatPercentBps(v, i18n.language)}
                </span>
                {c.bestTotal === i && (
                  <span className="badge badge-ok">{t('planner.compare.best')}</span>
                )}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** A rule version ("deal-2017.1") never breaks at its hyphen. */
function unbroken(version: string): string {
  return version.replace(/-/g, '\u2011');
}
