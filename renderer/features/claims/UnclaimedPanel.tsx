import { useTranslation } from 'react-i18next';
import type { UnclaimedProgram, UnclaimedResult } from '../../../shared/index';
import { ExplainButton } from '../../components/ExplainButton';
import { explanationOf } from '../../components/explanation';
import { formatDate, formatMoney, formatNumber, formatQuarter } from '../../format/format';
import type { SoonToClaim } from './unclaimed-view';

/**
 * Above the unclaimed view: what the open lines are worth per program, what expires within the
 * week (with one button to claim it all through the usual dialog) and what was missed.
 */
export function UnclaimedPanel({
  result,
  quarters,
  soon,
  currency,
  onClaimSoon,
  canClaim,
  blockedReasonId,
}: {
  result: UnclaimedResult;
  quarters: readonly string[];
  soon: SoonToClaim | null;
  currency: 'USD' | 'EUR';
  onClaimSoon: () => void;
  canClaim: boolean;
  /** The element saying why claiming is off (when it is). */
  blockedReasonId?: string;
}) {
  const { t, i18n } = useTranslation();
  const money = (cents: number) => formatMoney(cents, currency, i18n.language);
  const amount = (p: UnclaimedProgram, value: number) =>
    p.unit === 'points'
      ? t('claims.unclaimed.points', {
          count: value,
          formatted: formatNumber(value, i18n.language),
        })
      : money(value);
  const spiff = result.programs.find((p) => p.program === 'spiff') as UnclaimedProgram;
  const soonProgram = soon && result.programs.find((p) => p.program === soon.program);
  return (
    <section className="unclaimed-panel" aria-label={t('claims.unclaimed.title')}>
      <h2>{t('claims.unclaimed.title')}</h2>
      <p className="muted small">
        {t('claims.unclaimed.scope', { quarters: quarters.map(formatQuarter).join(', ') })}
      </p>
      <ul className="unclaimed-programs">
        {result.programs.map((p) => {
          const label = t(`claims.programs.${p.program}`);
          return (
            <li key={p.program}>
              <span>{label}</span>{' '}
              <ExplainButton explanation={explanationOf(label, p, currency)}>
                <strong data-testid={`unclaimed-${p.program}`}>{amount(p, p.value)}</strong>
              </ExplainButton>{' '}
              <span className="muted small">{t('claims.unclaimed.lines', { count: p.lines })}</span>
            </li>
          );
        })}
      </ul>
      {soon && soonProgram && soon.keys.length > 0 ? (
        <div className="unclaimed-soon banner banner-warning">
          <span>
            {t('claims.unclaimed.soon', {
              count: soon.keys.length,
              date: soon.deadline ? formatDate(soon.deadline, i18n.language) : '',
              amount: amount(soonProgram, soon.value),
              program: t(`claims.programs.${soon.program}`),
            })}
          </span>
          <button
            type="button"
            className="primary"
            onClick={onClaimSoon}
            disabled={!canClaim}
            aria-describedby={canClaim ? undefined : blockedReasonId}
          >
            {t('claims.unclaimed.claimSoon', { count: result.soonDays })}
          </button>
        </div>
      ) : (
        <p className="small">{t('claims.unclaimed.nothingSoon', { count: result.soonDays })}</p>
      )}
      {spiff.missedLines > 0 && (
        <p className="small unclaimed-missed">
          {t('claims.unclaimed.missed', {
            count: spiff.missedLines,
            amount: money(spiff.missedValue),
          })}
        </p>
      )}
      <p className="muted small">{t('dashboard.unclaimed.ncbNote')}</p>
    </section>
  );
}
