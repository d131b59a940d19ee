import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EARNED_STATUSES,
  expectedPayment,
  type ClaimStatus,
  type RulesByProgram,
} from '../../../shared/index';
import { today } from '../../state/clock';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import type { ClaimAggregateRow } from '../../db/index';
import { formatDate, formatMoney, formatNumber, formatQuarter } from '../../format/format';
import {
  LEAP_CREDITED_STATUSES,
  leapReconciliation,
  spiffReconciliation,
  type Reconciliation as Recon,
} from './reconciliation';
import { explanationOf } from '../../components/explanation';

/** "waiting to be sent + submitted + approved + paid": the statuses a total sums, named. */
function useStatusList(): (statuses: readonly ClaimStatus[]) => string {
  const { t } = useTranslation();
  return (statuses) => statuses.map((s) => t(`claimStatus.${s}`)).join(' + ');
}

function StatusTable({
  recon,
  counted,
  amount,
  totals,
  expectedOn,
}: {
  recon: Recon;
  counted: readonly ClaimStatus[];
  amount: (value: number) => string;
  totals: readonly { label: string; sums: string; value: ReactNode }[];
  /** When a status's money is expected (payment schedule); no column when absent. */
  expectedOn?: (status: ClaimStatus) => string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="recon-table">
      <thead>
        <tr>
          <th scope="col">{t('claims.recon.status')}</th>
          <th scope="col" className="num">
            {t('claims.recon.claims')}
          </th>
          <th scope="col" className="num">
            {t('claims.recon.amount')}
          </th>
          {expectedOn && <th scope="col">{t('claims.recon.expectedOn')}</th>}
        </tr>
      </thead>
      <tbody>
        {recon.rows.map((row) => (
          <tr
            key={row.status}
            className={`recon-status-${row.status}${counted.includes(row.status) ? '' : ' muted'}`}
          >
            <th scope="row">
              {t(`claimStatus.${row.status}`)}
              {!counted.includes(row.status) && row.claims > 0 && (
                <span className="small"> · {t('claims.recon.notCounted')}</span>
              )}
            </th>
            <td className="num">{formatNumber(row.claims, i18n.language)}</td>
            <td className="num">{amount(row.amount)}</td>
            {expectedOn && (
              <td data-testid={`expected-${row.status}`}>{expectedOn(row.status) ?? '—'}</td>
            )}
          </tr>
        ))}
      </tbody>
      <tfoot>
        {totals.map((total) => (
          <tr key={total.label} className="recon-total">
            <th scope="row" colSpan={2}>
              {total.label}
              <div className="small muted">{total.sums}</div>
            </th>
            <td className="num">{total.value}</td>
            {expectedOn && <td />}
          </tr>
        ))}
      </tfoot>
    </table>
  );
}

/** The rep's quarter per program: every claim status, then the totals and what each sums. */
export function Reconciliation({
  claims,
  repId,
  quarter,
  spiffRules,
}: {
  claims: readonly ClaimAggregateRow[];
  repId: string;
  quarter: string;
  spiffRules: RulesByProgram['spiff'];
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const names = useStatusList();
  const spiff = spiffReconciliation(claims, repId, spiffRules);
  const leap = leapReconciliation(claims, repId);
  const usd = (cents: number) => formatMoney(cents, spiff.earned.currency, locale);
  const points = (value: number) =>
    t('claims.recon.points', { count: value, formatted: formatNumber(value, locale) });
  const quarterLabel = formatQuarter(quarter);
  const explain = (title: string) => explanationOf(title, spiff.earned, spiff.earned.currency);
  return (
    <div className="grid-2 recon">
      <Card
        title={t('claims.recon.title', { program: t('programs.spiff'), quarter: quarterLabel })}
      >
        <StatusTable
          recon={spiff}
          counted={EARNED_STATUSES}
          amount={usd}
          // Claimed and not yet paid: the prepaid card is loaded on the schedule's next date.
          expectedOn={(status) =>
            status === 'queued' || status === 'submitted' || status === 'approved'
              ? formatDate(expectedPayment('spiff', today(), today()), locale)
              : null
          }
          totals={[
            {
              label: t('claims.recon.earned'),
              sums: names(EARNED_STATUSES),
              value: (
                <ExplainButton
                  explanation={explain(t('claims.recon.earnedExplain', { quarter: quarterLabel }))}
                >
                  {usd(spiff.earned.earnedCents)}
                </ExplainButton>
              ),
            },
            {
              label: t('claims.recon.payable'),
              sums: t('claims.recon.payableSums', {
                cap: formatMoney(spiffRules.capCentsPerQuarter, spiffRules.currency, locale, {
                  whole: true,
                }),
              }),
              value: (
                <ExplainButton
                  explanation={explain(t('claims.recon.payableExplain', { quarter: quarterLabel }))}
                >
                  {usd(spiff.earned.payableCents)}
                </ExplainButton>
              ),
            },
          ]}
        />
        {spiff.earned.cappedCents > 0 && (
          <p className="small banner banner-warning">
            {t('claims.recon.capped', {
              payable: usd(spiff.earned.payableCents),
              capped: usd(spiff.earned.cappedCents),
            })}
          </p>
        )}
        <p className="small muted">{t('claims.recon.explainHint')}</p>
        <p className="small muted">{t('claims.recon.expectedHint')}</p>
      </Card>
      <Card title={t('claims.recon.title', { program: t('programs.leap'), quarter: quarterLabel })}>
        <StatusTable
          recon={leap}
          counted={EARNED_STATUSES}
          amount={points}
          totals={[
            {
              label: t('claims.recon.claimedPoints'),
              sums: names(EARNED_STATUSES),
              value: points(leap.claimedPoints),
            },
            {
              label: t('claims.recon.creditedPoints'),
              sums: names(LEAP_CREDITED_STATUSES),
              value: points(leap.creditedPoints),
            },
          ]}
        />
      </Card>
    </div>
  );
}
