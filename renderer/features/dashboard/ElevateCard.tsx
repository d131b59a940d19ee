import { useTranslation } from 'react-i18next';
import { CardLink } from './CardLink';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import type { Explained } from '../../../shared/index';
import type { UserRow } from '../../db/index';
import { formatDate, formatMoney, formatPercentBps } from '../../format/format';
import type { ElevateData } from '../elevate/useElevate';
import { explanationOf } from '../../components/explanation';
import { targetInForceExplained } from '../../data/programs';

export function ElevateCard({ data, users }: { data: ElevateData; users: readonly UserRow[] }) {
  const { t, i18n } = useTranslation();
  const { view, rules } = data;
  const { payout, enrolment } = view;
  const currency = rules.currency;
  const targetCents = view.targetCents;
  const pct = targetCents > 0 ? Math.min(100, (payout.countedCents / targetCents) * 100) : 0;
  const shareBps =
    payout.actualCents > 0
      ? Math.round((payout.acceleratedCents / payout.actualCents) * 10_000)
      : 0;
  const explain = (title: string, result: Explained) => explanationOf(title, result, currency);
  const level = enrolment?.level ?? 'closed';
  const acceptedBy =
    users.find((u) => u.id === enrolment?.acceptedBy)?.name ?? enrolment?.acceptedBy;
  return (
    <Card className="dashboard-card" title={t('dashboard.elevate.title')}>
      <p className="stat-label">{t('dashboard.elevate.counted')}</p>
      <div className="big-number">
        <ExplainButton explanation={explain(t('dashboard.elevate.counted'), payout)}>
          {formatMoney(payout.countedCents, currency, i18n.language, { whole: true })}
        </ExplainButton>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('dashboard.elevate.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(pct)}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <p className="muted small">
        {t('dashboard.elevate.ofTarget', {
          target: formatMoney(targetCents, currency, i18n.language, { whole: true }),
        })}
      </p>
      <dl className="stats">
        <dt>{t('dashboard.elevate.target')}</dt>
        <dd>
          <ExplainButton
            explanation={explain(t('dashboard.elevate.target'), targetInForceExplained(view))}
          >
            <Money cents={targetCents} currency={currency} whole />
          </ExplainButton>
        </dd>
        <dt>{t('dashboard.elevate.level')}</dt>
        <dd>
          <span className={`badge ${level === 'closed' ? '' : 'badge-ok'}`}>
            {t(`elevate.levels.${level}`)}
          </span>
        </dd>
        <dt>{t('dashboard.elevate.payout')}</dt>
        <dd>
          <ExplainButton explanation={explain(t('dashboard.elevate.payout'), payout)}>
            <Money cents={payout.payoutCents} currency={currency} />
          </ExplainButton>
        </dd>
      </dl>
      <p className="muted small">
        {t('dashboard.elevate.accelerated', {
          share: formatPercentBps(shareBps, i18n.language, 0),
        })}
      </p>
      <p className="muted small">
        {payout.met
          ? t('dashboard.elevate.met')
          : t('dashboard.elevate.shortfall', {
              amount: formatMoney(payout.shortfallCents, currency, i18n.language, { whole: true }),
            })}
      </p>
      {enrolment ? (
        <p className="next-step">
          {t('dashboard.elevate.acceptedBy', {
            name: acceptedBy,
            date: formatDate(enrolment.acceptedOn, i18n.language),
          })}
        </p>
      ) : view.openLevel && view.daysLeftToAccept !== null ? (
        <p className="next-step warn">
          {t('dashboard.elevate.daysLeft', {
            count: view.daysLeftToAccept,
            level: t(`elevate.levels.${view.openLevel}`),
            date: formatDate(view.deadlines[view.openLevel], i18n.language),
          })}
        </p>
      ) : (
        <p className="next-step">{t('dashboard.elevate.closed')}</p>
      )}
      <CardLink href="#/elevate" screen={t('nav.elevate')} />
    </Card>
  );
}
