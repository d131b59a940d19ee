import { useTranslation } from 'react-i18next';
import type { IsoDate, UnclaimedProgram } from '../../../shared/index';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { explanationOf } from '../../components/explanation';
import { useRules } from '../../data/hooks';
import { formatDate, formatMoney, formatNumber } from '../../format/format';
import { useUnclaimedSummary } from './useUnclaimed';

/**
 * "Not yet claimed": what the rep's eligible, unclaimed lines in open claim windows would add per
 * program, how many expire within a week, and what was missed. Reads aggregates only.
 */
export function UnclaimedCard({ repId, today }: { repId: string; today: IsoDate }) {
  const { t, i18n } = useTranslation();
  // The rules a claim made today is valued with (the claims screen uses the same).
  const rules = useRules(today);
  const result = useUnclaimedSummary(repId, today, rules);
  const title = t('dashboard.unclaimed.title');
  if (!result)
    return (
      <Card className="dashboard-card unclaimed-card" title={title}>
        <p className="loading">{t('common.loading')}</p>
      </Card>
    );
  const spiff = result.programs.find((p) => p.program === 'spiff') as UnclaimedProgram;
  const leap = result.programs.find((p) => p.program === 'leap') as UnclaimedProgram;
  const currency = rules.spiff.currency;
  const money = (cents: number) => formatMoney(cents, currency, i18n.language);
  const points = (n: number) =>
    t('dashboard.unclaimed.points', { count: n, formatted: formatNumber(n, i18n.language) });
  const spiffLabel = t('dashboard.unclaimed.spiff');
  const leapLabel = t('dashboard.unclaimed.leap');
  // Every line of a quarter shares its deadline: the soonest open one is the date to meet.
  const soonDeadline = result.open.find((l) => l.soon)?.deadline;
  const soonLines = spiff.soonLines > 0 ? spiff.soonLines : leap.soonLines;
  return (
    <Card className="dashboard-card unclaimed-card" title={title}>
      <p className="stat-label">{spiffLabel}</p>
      <div className="big-number">
        <ExplainButton explanation={explanationOf(spiffLabel, spiff, currency)}>
          {money(spiff.value)}
        </ExplainButton>
      </div>
      <p className="muted small">{t('dashboard.unclaimed.spiffLines', { count: spiff.lines })}</p>
      <dl className="stats">
        <dt>{leapLabel}</dt>
        <dd>
          <ExplainButton explanation={explanationOf(leapLabel, leap, currency)}>
            {points(leap.value)}
          </ExplainButton>
        </dd>
        <dt>{t('dashboard.unclaimed.soon', { count: result.soonDays })}</dt>
        <dd data-testid="unclaimed-soon">
          {t('dashboard.unclaimed.linesWorth', {
            count: spiff.soonLines,
            amount: money(spiff.soonValue),
          })}
        </dd>
        <dt>{t('dashboard.unclaimed.missed')}</dt>
        <dd>
          {t('dashboard.unclaimed.linesWorth', {
            count: spiff.missedLines,
            amount: money(spiff.missedValue),
          })}
        </dd>
      </dl>
      <p className={`next-step${soonLines > 0 ? ' warn' : ''}`}>
        {soonLines > 0 && soonDeadline
          ? t('dashboard.unclaimed.soonNext', {
              count: soonLines,
              date: formatDate(soonDeadline, i18n.language),
            })
          : spiff.lines + leap.lines > 0
            ? t('dashboard.unclaimed.nothingSoon', { count: result.soonDays })
            : t('dashboard.unclaimed.allClaimed')}
      </p>
      <p className="muted small">{t('dashboard.unclaimed.ncbNote')}</p>
      <p className="card-link">
        <a href="#/claims/unclaimed">
          {t('dashboard.unclaimed.link', { screen: t('nav.claims') })}
        </a>
      </p>
    </Card>
  );
}
