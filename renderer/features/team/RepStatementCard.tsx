import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES } from '../../../shared/index';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { formatNumber } from '../../format/format';
import { totalClaims, type RepStatement } from '../../export/team-rows';
import { explanationOf } from '../../components/explanation';

/** A rep's own statement for the quarter. */
export function RepStatementCard({ statement: r }: { statement: RepStatement }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="grid grid-2">
      <section className="card" aria-labelledby="rep-spiff">
        <h2 id="rep-spiff">{t('programs.spiff')}</h2>
        <dl className="figures">
          <dt>{t('team.columns.earned')}</dt>
          <dd>
            <ExplainButton
              explanation={explanationOf(
                t('team.explainSpiff', { name: r.name }),
                r.spiff.earned,
                r.spiff.earned.currency,
              )}
            >
              <Money cents={r.spiff.earnedCents} currency="USD" whole />
            </ExplainButton>
          </dd>
          <dt>{t('team.columns.payable')}</dt>
          <dd>
            <Money cents={r.spiff.payableCents} currency="USD" whole />
          </dd>
          <dt>{t('team.columns.capped')}</dt>
          <dd>
            <Money cents={r.spiff.cappedCents} currency="USD" whole />
          </dd>
          <dt>{t('team.columns.paid')}</dt>
          <dd>
            <Money cents={r.spiff.paidCents} currency="USD" whole />
          </dd>
        </dl>
      </section>
      <section className="card" aria-labelledby="rep-claims">
        <h2 id="rep-claims">{t('team.columns.claims')}</h2>
        <dl className="figures">
          {CLAIM_STATUSES.map((s) => (
            <div key={s} className="figure-row">
              <dt>{t(`claimStatus.${s}`)}</dt>
              <dd>{formatNumber(totalClaims(r, s), i18n.language)}</dd>
            </div>
          ))}
          <div className="figure-row">
            <dt>{t('team.columns.leapBalance')}</dt>
            <dd>{r.leap ? formatNumber(r.leap.balancePoints, i18n.language) : t('common.none')}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}
