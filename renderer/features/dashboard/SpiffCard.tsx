import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CardLink } from './CardLink';
import { EARNED_STATUSES, type SpiffRules } from '../../../shared/index';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import type { ClaimAggregateRow } from '../../db/index';
import { formatMoney } from '../../format/format';
import { spiffSummary } from './spiff-summary';
import { explanationOf } from '../../components/explanation';

export function SpiffCard({
  claims,
  reps,
  team,
  rules,
}: {
  claims: readonly ClaimAggregateRow[];
  reps: readonly { readonly id: string; readonly name: string }[];
  team: boolean;
  rules: SpiffRules;
}) {
  const { t, i18n } = useTranslation();
  const s = spiffSummary(claims, reps, rules);
  const money = (cents: number) => formatMoney(cents, rules.currency, i18n.language);
  const whole = (cents: number) =>
    formatMoney(cents, rules.currency, i18n.language, { whole: true });
  const pct = s.capCents > 0 ? Math.min(100, (s.payableCents / s.capCents) * 100) : 0;
  const payableLabel = t(team ? 'dashboard.spiff.teamPayable' : 'dashboard.spiff.payable');
  return (
    <Card
      className="dashboard-card"
      title={t(team ? 'dashboard.spiff.teamTitle' : 'dashboard.spiff.title')}
    >
      <p className="stat-label">{payableLabel}</p>
      <div className="big-number">
        <ExplainButton explanation={explanationOf(payableLabel, s, rules.currency)}>
          {money(s.payableCents)}
        </ExplainButton>
      </div>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('dashboard.spiff.progress')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(pct)}
      >
        <span style={{ width: `${pct}%` }} />
      </div>
      <p className="muted small">
        {team
          ? t('dashboard.spiff.ofTeamCap', {
              payable: whole(s.payableCents),
              cap: whole(s.capCents),
              count: s.reps,
              perRep: whole(rules.capCentsPerQuarter),
            })
          : t('dashboard.spiff.ofCap', { payable: whole(s.payableCents), cap: whole(s.capCents) })}
      </p>
      <p className="small muted">
        {t('dashboard.spiff.payableSums', {
          statuses: EARNED_STATUSES.map((status) => t(`claimStatus.${status}`)).join(' + '),
        })}
      </p>
      <dl className="stats">
        {s.byStatus
          // Always the claimed statuses; drafts, rejected and withdrawn only when there are some.
          .filter((row) => EARNED_STATUSES.includes(row.status) || row.claims > 0)
          .map((row) => (
            <Fragment key={row.status}>
              <dt>
                {t(`claimStatus.${row.status}`)}
                {!EARNED_STATUSES.includes(row.status) && (
                  <span className="muted"> · {t('dashboard.spiff.notCounted')}</span>
                )}
              </dt>
              <dd>
                <Money cents={row.amount} currency={rules.currency} />
              </dd>
            </Fragment>
          ))}
      </dl>
      {s.cappedCents > 0 && (
        <p className="badge badge-warn">
          {t('dashboard.spiff.capped', { amount: money(s.cappedCents) })}
        </p>
      )}
      <p className="next-step">
        {s.remainingToCapCents > 0
          ? t('dashboard.spiff.next', { amount: whole(s.remainingToCapCents) })
          : t('dashboard.spiff.capReached')}
      </p>
      <CardLink href="#/claims" screen={t('nav.claims')} />
    </Card>
  );
}
