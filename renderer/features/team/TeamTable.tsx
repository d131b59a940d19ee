import { useTranslation } from 'react-i18next';
import { CLAIM_STATUSES } from '../../../shared/index';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { formatNumber } from '../../format/format';
import { totalClaims, type RepStatement } from '../../export/team-rows';
import { explanationOf } from '../../components/explanation';

const SHOWN_STATUSES = CLAIM_STATUSES.filter((s) => s !== 'withdrawn');

/** Rep × program: SPIFF earned/payable/capped/paid, claims by status, LEAP points. */
export function TeamTable({ statements }: { statements: readonly RepStatement[] }) {
  const { t, i18n } = useTranslation();
  if (statements.length === 0) return <p className="empty-state">{t('team.noReps')}</p>;
  return (
    <div className="table-scroll">
      <table className="team-table">
        <caption className="sr-only">{t('team.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('team.columns.rep')}
            </th>
            <th scope="colgroup" colSpan={4} className="group">
              {t('programs.spiff')}
            </th>
            <th scope="colgroup" colSpan={SHOWN_STATUSES.length} className="group">
              {t('team.columns.claims')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('team.columns.leapBalance')}
            </th>
          </tr>
          <tr>
            {['earned', 'payable', 'capped', 'paid'].map((k) => (
              <th key={k} scope="col" className="num">
                {t(`team.columns.${k}`)}
              </th>
            ))}
            {SHOWN_STATUSES.map((s) => (
              <th key={s} scope="col" className="num">
                {t(`claimStatus.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statements.map((r) => (
            <tr key={r.repId}>
              <th scope="row">{r.name}</th>
              <td className="num">
                <ExplainButton
                  explanation={explanationOf(
                    t('team.explainSpiff', { name: r.name }),
                    r.spiff.earned,
                    r.spiff.earned.currency,
                  )}
                >
                  <Money cents={r.spiff.earnedCents} currency="USD" whole />
                </ExplainButton>
              </td>
              <td className="num">
                <Money cents={r.spiff.payableCents} currency="USD" whole />
              </td>
              <td className={`num ${r.spiff.cappedCents > 0 ? 'capped' : ''}`}>
                <Money cents={r.spiff.cappedCents} currency="USD" whole />
              </td>
              <td className="num">
                <Money cents={r.spiff.paidCents} currency="USD" whole />
              </td>
              {SHOWN_STATUSES.map((s) => (
                <td key={s} className="num">
                  {formatNumber(totalClaims(r, s), i18n.language)}
                </td>
              ))}
              <td className="num">
                {r.leap
                  ? t('team.points', {
                      count: r.leap.balancePoints,
                      formatted: formatNumber(r.leap.balancePoints, i18n.language),
                    })
                  : t('common.none')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
