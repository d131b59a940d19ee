import { useTranslation } from 'react-i18next';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { formatNumber } from '../../format/format';
import { totalClaims, type RepStatement } from '../../export/team-rows';
import { TEAM_CLAIM_STATUSES, TEAM_SPIFF_METRICS, teamTotals } from '../../export/team-sheets';
import { explanationOf } from '../../components/explanation';

/**
 * Rep × program: SPIFF amounts, claims by status, LEAP points, and the team's totals: the same
 * columns as the CSV and the workbook's first sheet.
 */
export function TeamTable({ statements }: { statements: readonly RepStatement[] }) {
  const { t, i18n } = useTranslation();
  if (statements.length === 0) return <p className="empty-state">{t('team.noReps')}</p>;
  const totals = teamTotals(statements);
  const points = (n: number) =>
    t('team.points', { count: n, formatted: formatNumber(n, i18n.language) });
  // Header cells name their group too ("SPIFF Paid", "Claims: Paid"), so two "Paid" columns
  // stay apart for screen readers.
  const spiffHeader = (k: string) =>
    t('team.export.columns.spiffAmount', { metric: t(`team.columns.${k}`) });
  const claimsHeader = (s: string) =>
    t('team.export.columns.claimsWithStatus', { status: t(`claimStatus.${s}`) });
  return (
    <div className="table-scroll">
      <table className="team-table">
        <caption className="sr-only">{t('team.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2}>
              {t('team.columns.rep')}
            </th>
            <th scope="colgroup" colSpan={TEAM_SPIFF_METRICS.length} className="group">
              {t('programs.spiff')}
            </th>
            <th scope="colgroup" colSpan={TEAM_CLAIM_STATUSES.length} className="group">
              {t('team.columns.claims')}
            </th>
            <th scope="col" rowSpan={2} className="num">
              {t('team.columns.leapBalance')}
            </th>
          </tr>
          <tr>
            {TEAM_SPIFF_METRICS.map((k) => (
              <th key={k} scope="col" className="num" aria-label={spiffHeader(k)}>
                {t(`team.columns.${k}`)}
              </th>
            ))}
            {TEAM_CLAIM_STATUSES.map((s) => (
              <th key={s} scope="col" className="num" aria-label={claimsHeader(s)}>
                {t(`claimStatus.${s}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statements.map((r) => (
            <tr key={r.repId}>
              <th scope="row">{r.name}</th>
              {TEAM_SPIFF_METRICS.map((k) => (
                <td
                  key={k}
                  className={`num ${k === 'capped' && r.spiff.cappedCents > 0 ? 'capped' : ''}`}
                >
                  {k === 'earned' ? (
                    <ExplainButton
                      explanation={explanationOf(
                        t('team.explainSpiff', { name: r.name }),
                        r.spiff.earned,
                        r.spiff.earned.currency,
                      )}
                    >
                      <Money cents={r.spiff.earnedCents} currency="USD" whole />
                    </ExplainButton>
                  ) : (
                    <Money cents={r.spiff[`${k}Cents`]} currency="USD" whole />
                  )}
                </td>
              ))}
              {TEAM_CLAIM_STATUSES.map((s) => (
                <td key={s} className="num">
                  {formatNumber(totalClaims(r, s), i18n.language)}
                </td>
              ))}
              <td className="num">{r.leap ? points(r.leap.balancePoints) : t('common.none')}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="totals">
            <th scope="row">{t('team.totals')}</th>
            {TEAM_SPIFF_METRICS.map((k) => (
              <td key={k} className="num">
                <Money cents={totals.spiff[k]} currency="USD" whole />
              </td>
            ))}
            {TEAM_CLAIM_STATUSES.map((s) => (
              <td key={s} className="num">
                {formatNumber(totals.claims[s], i18n.language)}
              </td>
            ))}
            <td className="num">{points(totals.leapPoints)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
