import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { expectedPayment, type RulesByProgram } from '../../../shared/index';
import { today } from '../../state/clock';
import { Card } from '../../components/Card';
import { ExplainButton } from '../../components/ExplainButton';
import type { ClaimAggregateRow } from '../../db/index';
import { formatDate, formatMoney, formatNumber, formatQuarter } from '../../format/format';
import {
  leapReconciliation,
  spiffReconciliation,
  type Reconciliation as Recon,
} from './reconciliation';
import { explanationOf } from '../../components/explanation';

function StageTable({
  recon,
  amount,
  earnedCell,
  expectedOn,
}: {
  recon: Recon;
  amount: (value: number) => string;
  earnedCell?: ReactNode;
  /** When the stage's money is expected (payment schedule); no column when absent. */
  expectedOn?: (stage: Recon['stages'][number]['stage']) => string | null;
}) {
  const { t, i18n } = useTranslation();
  return (
    <table className="recon-table">
      <thead>
        <tr>
          <th scope="col">{t('claims.recon.stage')}</th>
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
        {recon.stages.map((s) => (
          <tr key={s.stage} className={`recon-${s.stage}`}>
            <th scope="row">{t(`claims.recon.stages.${s.stage}`)}</th>
            <td className="num">{formatNumber(s.claims, i18n.language)}</td>
            <td className="num">
              {s.stage === 'earned' && earnedCell ? earnedCell : amount(s.amount)}
            </td>
            {expectedOn && (
              <td data-testid={`expected-${s.stage}`}>{expectedOn(s.stage) ?? '—'}</td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The rep's quarter per program: earned → claimed → approved → paid, and rejected. */
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
  const spiff = spiffReconciliation(claims, repId, spiffRules);
  const leap = leapReconciliation(claims, repId);
  const usd = (cents: number) => formatMoney(cents, spiff.earned.currency, locale);
  const quarterLabel = formatQuarter(quarter);
  return (
    <div className="grid-2 recon">
      <Card
        title={t('claims.recon.title', { program: t('programs.spiff'), quarter: quarterLabel })}
      >
        <StageTable
          recon={spiff}
          amount={usd}
          expectedOn={(stage) =>
            stage === 'claimed' || stage === 'approved'
              ? formatDate(expectedPayment('spiff', today(), today()), locale)
              : null
          }
          earnedCell={
            <ExplainButton
              explanation={explanationOf(
                t('claims.recon.earnedExplain', { quarter: quarterLabel }),
                spiff.earned,
                spiff.earned.currency,
              )}
            >
              {usd(spiff.earned.earnedCents)}
            </ExplainButton>
          }
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
        <StageTable
          recon={leap}
          amount={(points) =>
            t('claims.recon.points', { count: points, formatted: formatNumber(points, locale) })
          }
        />
      </Card>
    </div>
  );
}
