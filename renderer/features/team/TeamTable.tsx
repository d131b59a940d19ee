import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExplainButton } from '../../components/ExplainButton';
import { Money } from '../../components/Money';
import { formatNumber } from '../../format/format';
import { totalClaims, type RepStatement } from '../../export/team-rows';
import { TEAM_CLAIM_STATUSES, TEAM_SPIFF_METRICS, teamTotals } from '../../export/team-sheets';
import { explanationOf } from '../../components/explanation';

interface Column {
  readonly key: string;
  /** Shown in the header cell. */
  readonly label: string;
  /** The header's accessible name: says the group too ("SPIFF Paid" vs "Claims: Paid"). */
  readonly name: string;
  readonly cell: (r: RepStatement) => ReactNode;
  readonly total: ReactNode;
  readonly className?: (r: RepStatement) => string;
}

/**
 * The team's figures: the same columns as the CSV and the workbook's first sheet, with their
 * totals, as two tables (SPIFF amounts; claims by status and LEAP points) so each fits a 1024 px
 * window and an A4 page without scrolling. A rep's name opens their claims and invoice lines.
 */
export function TeamTable({
  statements,
  selected,
  onSelect,
}: {
  statements: readonly RepStatement[];
  selected: string | null;
  onSelect: (repId: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  if (statements.length === 0) return <p className="empty-state">{t('team.noReps')}</p>;
  const totals = teamTotals(statements);
  const points = (n: number) =>
    t('team.points', { count: n, formatted: formatNumber(n, i18n.language) });
  const spiff: Column[] = TEAM_SPIFF_METRICS.map((k) => ({
    key: k,
    label: t(`team.columns.${k}`),
    name: t('team.export.columns.spiffAmount', { metric: t(`team.columns.${k}`) }),
    cell: (r) =>
      k === 'earned' ? (
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
      ),
    total: <Money cents={totals.spiff[k]} currency="USD" whole />,
    className: (r) => (k === 'capped' && r.spiff.cappedCents > 0 ? 'capped' : ''),
  }));
  const claims: Column[] = [
    ...TEAM_CLAIM_STATUSES.map((s) => ({
      key: s,
      label: t(`claimStatus.${s}`),
      name: t('team.export.columns.claimsWithStatus', { status: t(`claimStatus.${s}`) }),
      cell: (r: RepStatement) => formatNumber(totalClaims(r, s), i18n.language),
      total: formatNumber(totals.claims[s], i18n.language),
    })),
    {
      key: 'leap',
      label: t('team.columns.leapBalance'),
      name: t('team.columns.leapBalance'),
      cell: (r) => (r.leap ? points(r.leap.balancePoints) : t('common.none')),
      total: points(totals.leapPoints),
    },
  ];
  const table = (id: string, caption: string, columns: readonly Column[], drill: boolean) => (
    <div className="table-scroll">
      <table className="team-table" id={id}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('team.columns.rep')}</th>
            {columns.map((c) => (
              <th key={c.key} scope="col" className="num" aria-label={c.name}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {statements.map((r) => (
            <tr key={r.repId} className={selected === r.repId ? 'selected' : undefined}>
              <th scope="row">
                {drill ? (
                  <button
                    type="button"
                    className="link-button"
                    data-rep={r.repId}
                    aria-expanded={selected === r.repId}
                    onClick={() => onSelect(selected === r.repId ? null : r.repId)}
                  >
                    {r.name}
                  </button>
                ) : (
                  r.name
                )}
              </th>
              {columns.map((c) => (
                <td key={c.key} className={`num ${c.className?.(r) ?? ''}`}>
                  {c.cell(r)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr className="totals">
            <th scope="row">{t('team.totals')}</th>
            {columns.map((c) => (
              <td key={c.key} className="num">
                {c.total}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
  return (
    <div className="team-tables">
      {table('team-spiff', t('team.spiffCaption'), spiff, true)}
      {table('team-claims', t('team.claimsCaption'), claims, false)}
    </div>
  );
}
