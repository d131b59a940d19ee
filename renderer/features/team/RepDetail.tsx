import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { claimAggregatesFor, repClaimLines, type ClaimUnit } from '../../db/index';
import { db } from '../../data/db';
import { formatDate, formatNumber, formatQuarter } from '../../format/format';
import { repTrend, trendQuarters } from '../../export/team-trend';
import type { RepStatement } from '../../export/team-rows';

function Amount({ value, unit }: { value: number; unit: ClaimUnit }) {
  const { t, i18n } = useTranslation();
  return unit === 'points' ? (
    <>{t('team.points', { count: value, formatted: formatNumber(value, i18n.language) })}</>
  ) : (
    <Money cents={value} currency={unit} />
  );
}

/**
 * A rep's drill-down from the team table: what they claimed per program this quarter, the quarter
 * before and the fiscal year so far, then each claim of the quarter with its invoice line.
 */
export function RepDetail({
  rep,
  quarter,
  onClose,
}: {
  rep: RepStatement;
  quarter: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const data = useLiveQuery(async () => {
    const { previous, yearToDate } = trendQuarters(quarter);
    const [lines, aggregates] = await Promise.all([
      repClaimLines(db, rep.repId, quarter),
      claimAggregatesFor(db, [...new Set([previous, ...yearToDate])]),
    ]);
    return { lines, trend: repTrend(aggregates, rep.repId, quarter), previous };
  }, [rep.repId, quarter]);
  // Opening the details moves focus to them, so keyboard users land on what they asked for.
  useEffect(() => heading.current?.focus(), [rep.repId]);
  const quarterLabel = formatQuarter(quarter);
  return (
    <section className="card rep-detail" aria-labelledby="rep-detail-title">
      <header className="card-header">
        <h2 id="rep-detail-title" ref={heading} tabIndex={-1}>
          {t('team.detail.title', { name: rep.name, quarter: quarterLabel })}
        </h2>
        <div className="card-actions no-print">
          <button type="button" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </header>
      {!data ? (
        <p className="loading">{t('common.loading')}</p>
      ) : (
        <div className="card-body">
          <h3>{t('team.detail.trendTitle')}</h3>
          {data.trend.length === 0 ? (
            <p className="empty-state">{t('team.detail.noTrend')}</p>
          ) : (
            <div className="table-scroll">
              <table className="rep-trend">
                <caption className="sr-only">{t('team.detail.trendTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('team.export.columns.program')}</th>
                    <th scope="col" className="num">
                      {formatQuarter(data.previous)}
                    </th>
                    <th scope="col" className="num">
                      {quarterLabel}
                    </th>
                    <th scope="col" className="num">
                      {t('team.detail.change')}
                    </th>
                    <th scope="col" className="num">
                      {t('team.detail.yearToDate')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.trend.map((f) => (
                    <tr key={`${f.program}|${f.unit}`}>
                      <th scope="row">{t(`team.claimPrograms.${f.program}`)}</th>
                      <td className="num">
                        <Amount value={f.previousQuarter} unit={f.unit} />
                      </td>
                      <td className="num">
                        <Amount value={f.thisQuarter} unit={f.unit} />
                      </td>
                      <td className="num">
                        {f.thisQuarter - f.previousQuarter > 0 ? '+' : ''}
                        <Amount value={f.thisQuarter - f.previousQuarter} unit={f.unit} />
                      </td>
                      <td className="num">
                        <Amount value={f.yearToDate} unit={f.unit} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('team.detail.claimsTitle', { quarter: quarterLabel })}</h3>
          {data.lines.length === 0 ? (
            <p className="empty-state">{t('team.detail.noClaims', { name: rep.name })}</p>
          ) : (
            <div className="table-scroll">
              <table className="rep-claims">
                <caption className="sr-only">
                  {t('team.detail.claimsTitle', { quarter: quarterLabel })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('claims.table.date')}</th>
                    <th scope="col">{t('claims.table.invoice')}</th>
                    <th scope="col">{t('claims.table.sku')}</th>
                    <th scope="col">{t('claims.table.family')}</th>
                    <th scope="col" className="num">
                      {t('claims.table.quantity')}
                    </th>
                    <th scope="col" className="num">
                      {t('claims.table.total')}
                    </th>
                    <th scope="col">{t('team.export.columns.program')}</th>
                    <th scope="col">{t('team.detail.status')}</th>
                    <th scope="col" className="num">
                      {t('team.detail.amount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {data.lines.map(({ claim, line }) => (
                    <tr key={claim.id}>
                      <td className="nowrap">{line ? formatDate(line.date, i18n.language) : ''}</td>
                      <td className="nowrap">
                        {line
                          ? t('claims.table.invoiceLine', {
                              invoice: line.invoiceNo,
                              line: line.lineNo,
                            })
                          : claim.lineKey}
                      </td>
                      <td>{line?.sku ?? ''}</td>
                      <td>{t(`families.${claim.family}`)}</td>
                      <td className="num">
                        {line ? formatNumber(line.quantity, i18n.language) : ''}
                      </td>
                      <td className="num">
                        {line && (
                          <Money
                            cents={line.quantity * line.unitPriceCents}
                            currency={line.currency}
                          />
                        )}
                      </td>
                      <td>{t(`team.claimPrograms.${claim.program}`)}</td>
                      <td>{t(`claimStatus.${claim.status}`)}</td>
                      <td className="num">
                        <Amount value={claim.amount} unit={claim.unit} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
