import { useTranslation } from 'react-i18next';
import { browserPageSize } from '../../../shared/print/paper';
import { parseQuarterKey, quarterEnd, quarterStart } from '../../../shared/index';
import { Money } from '../../components/Money';
import { formatDate, formatNumber, formatQuarter } from '../../format/format';
import { today } from '../../state/clock';
import { totalClaims, type RepStatement } from '../../export/team-rows';
import { TEAM_CLAIM_STATUSES, TEAM_SPIFF_METRICS } from '../../export/team-sheets';
import { usePartnerProfile } from '../partner/partner-settings';
import { pageCss } from '../../print/page-css';

export interface PrintContext {
  readonly quarter: string;
  readonly partnerId: string;
  readonly author: string;
}

/** The paper (A4 or Letter by locale) and page numbers ("Page 2 of 4", in CSS page margins). */
export function PrintPageStyle() {
  const { t, i18n } = useTranslation();
  const paper = browserPageSize(i18n.language, navigator.languages ?? [navigator.language]);
  return (
    <style>
      {pageCss({
        paper,
        margin: '14mm 12mm 16mm',
        pageOf: (values) => t('team.print.pageOf', values),
      })}
    </style>
  );
}

/** The printed page's header: the partner, the period, the print date and who printed. */
export function PrintHeader({ context }: { context: PrintContext }) {
  const { t, i18n } = useTranslation();
  const profile = usePartnerProfile();
  const q = parseQuarterKey(context.quarter);
  const partner = profile?.name ? `${profile.name} (${context.partnerId})` : context.partnerId;
  return (
    <div className="print-only print-header">
      <div className="print-partner">{partner}</div>
      <div>
        {t('team.print.period', {
          quarter: formatQuarter(context.quarter),
          start: formatDate(quarterStart(q), i18n.language),
          end: formatDate(quarterEnd(q), i18n.language),
        })}
      </div>
      <div>
        {t('team.print.printed', {
          date: formatDate(today(), i18n.language),
          name: context.author,
        })}
      </div>
    </div>
  );
}

/** One statement per rep, each on its own page, ending in lines to sign. */
export function PrintStatements({
  statements,
  context,
}: {
  statements: readonly RepStatement[];
  context: PrintContext;
}) {
  const { t, i18n } = useTranslation();
  const quarterLabel = formatQuarter(context.quarter);
  return (
    <div className="print-only">
      {statements.map((r) => (
        <section key={r.repId} className="print-statement" aria-label={r.name}>
          <PrintHeader context={context} />
          <h2>{t('team.print.statementTitle', { name: r.name, quarter: quarterLabel })}</h2>
          <table className="print-figures">
            <tbody>
              {TEAM_SPIFF_METRICS.map((k) => (
                <tr key={k}>
                  <th scope="row">
                    {t('team.export.columns.spiffAmount', { metric: t(`team.columns.${k}`) })}
                  </th>
                  <td className="num">
                    <Money cents={r.spiff[`${k}Cents`]} currency="USD" />
                  </td>
                </tr>
              ))}
              {TEAM_CLAIM_STATUSES.map((s) => (
                <tr key={s}>
                  <th scope="row">
                    {t('team.export.columns.claimsWithStatus', { status: t(`claimStatus.${s}`) })}
                  </th>
                  <td className="num">{formatNumber(totalClaims(r, s), i18n.language)}</td>
                </tr>
              ))}
              <tr>
                <th scope="row">{t('team.columns.leapBalance')}</th>
                <td className="num">
                  {r.leap
                    ? t('team.points', {
                        count: r.leap.balancePoints,
                        formatted: formatNumber(r.leap.balancePoints, i18n.language),
                      })
                    : t('common.none')}
                </td>
              </tr>
            </tbody>
          </table>
          <div className="sign-off">
            <div className="sign-line">
              <span>{t('team.print.signRep', { name: r.name })}</span>
              <span>{t('team.print.signDate')}</span>
            </div>
            <div className="sign-line">
              <span>{t('team.print.signManager')}</span>
              <span>{t('team.print.signDate')}</span>
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
