import { memo } from 'react';
import type { TFunction } from 'i18next';
import { CLAIM_PROGRAMS, type UnclaimedLine } from '../../../shared/index';
import { today } from '../../state/clock';
import type { InvoiceRow } from '../../db/index';
import { formatDate, formatMoney, formatNumber } from '../../format/format';
import { expectedPaymentOf, type LineClaim, type LineClaims } from './line-claims';
import { refusalText } from './refusal-text';

export const ROW_HEIGHT = 44;

export interface LineRowProps {
  readonly row: InvoiceRow;
  readonly index: number;
  readonly top: number;
  readonly claims: LineClaims | undefined;
  readonly selected: boolean;
  readonly currentRepId: string | undefined;
  readonly repName: (repId: string) => string;
  readonly locale: string;
  readonly t: TFunction;
  readonly onToggle: (index: number, shift: boolean) => void;
  /** In the unclaimed view: the line's claim deadline (a days-left cell). */
  readonly deadline?: UnclaimedLine | undefined;
  /** A synced database: lines the server does not have are marked "local only". */
  readonly markLocal?: boolean;
}

/**
 * What is said under a claim's badge: why it was rejected (the server's refusal of its creation,
 * worded in the rep's language, or the vendor's own words), or why the server refused a later
 * change of it.
 */
function claimNotes(
  claim: LineClaim,
  t: TFunction,
  locale: string,
): { rejected?: string; refused?: string } {
  const refused = claim.refusal && refusalText(claim.refusal, t, locale);
  if (claim.status === 'rejected' && claim.refusal?.mutation === 'claim.create')
    return { ...(refused ? { rejected: refused } : {}) };
  return {
    ...(claim.status === 'rejected' && claim.reason ? { rejected: claim.reason } : {}),
    ...(refused ? { refused } : {}),
  };
}

function ClaimsCell({
  claims,
  currentRepId,
  repName,
  t,
  locale,
}: Pick<LineRowProps, 'claims' | 'currentRepId' | 'repName' | 't' | 'locale'>) {
  const shown = CLAIM_PROGRAMS.flatMap((p) => {
    const claim = claims?.[p];
    return claim ? [claim] : [];
  });
  if (shown.length === 0) return <span className="muted">{t('claims.table.unclaimed')}</span>;
  const asOf = today();
  return (
    <>
      {shown.map((claim) => {
        const expected = claim.repId === currentRepId ? expectedPaymentOf(claim, asOf) : null;
        const notes = claimNotes(claim, t, locale);
        return (
          <span key={claim.program} className="line-claim">
            <span className={`badge status-${claim.status}`}>
              {t('claims.table.programStatus', {
                program: t(`claims.programs.${claim.program}`),
                status: t(`claimStatus.${claim.status}`),
              })}
            </span>
            {(claim.repId !== currentRepId || notes.rejected || notes.refused || expected) && (
              // One line under the badge, whatever it holds: the row's height is fixed.
              <span className="line-claim-detail small">
                {claim.repId !== currentRepId && (
                  <span className="muted">
                    {t('claims.table.byRep', { rep: repName(claim.repId) })}
                  </span>
                )}
                {notes.rejected && (
                  <span className="reject-reason">
                    {t('claims.table.rejectedBecause', { reason: notes.rejected })}
                  </span>
                )}
                {notes.refused && (
                  <span className="reject-reason">
                    {t('claims.table.serverRefused', { reason: notes.refused })}
                  </span>
                )}
                {expected && (
                  <span className="muted">
                    {t('claims.table.expectedOn', { date: formatDate(expected, locale) })}
                  </span>
                )}
              </span>
            )}
          </span>
        );
      })}
    </>
  );
}

/** One virtualised line: fixed height, absolutely positioned, re-rendered only when its props change. */
export const InvoiceLineRow = memo(function InvoiceLineRow({
  row,
  index,
  top,
  claims,
  selected,
  currentRepId,
  repName,
  locale,
  t,
  onToggle,
  deadline,
  markLocal,
}: LineRowProps) {
  const family = t(`families.${row.family}`);
  // The whole of what the cell may cut short, as its tooltip.
  const reasons = claims
    ? CLAIM_PROGRAMS.flatMap((p) => {
        const claim = claims[p];
        if (!claim) return [];
        const notes = claimNotes(claim, t, locale);
        return [notes.rejected, notes.refused].filter((r): r is string => Boolean(r));
      }).join(' · ')
    : '';
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`claims-row${selected ? ' is-selected' : ''}`}
      style={{ transform: `translateY(${top}px)`, height: ROW_HEIGHT }}
    >
      <div role="cell" className="cell-check">
        <input
          name="line"
          type="checkbox"
          checked={selected}
          aria-label={t('claims.table.selectLine', { invoice: row.invoiceNo, line: row.lineNo })}
          onChange={(e) => {
            const native = e.nativeEvent;
            onToggle(index, native instanceof MouseEvent && native.shiftKey);
          }}
        />
      </div>
      {deadline && (
        <div
          role="cell"
          className={`cell-days-left${deadline.soon ? ' is-soon' : ''}`}
          title={t('claims.table.deadline', { date: formatDate(deadline.deadline, locale) })}
        >
          {deadline.daysLeft === 0
            ? t('claims.table.lastDay')
            : t('claims.table.daysLeftValue', { count: deadline.daysLeft })}
        </div>
      )}
      <div role="cell" className="cell-date">
        {formatDate(row.date, locale, 'short')}
      </div>
      <div role="cell" className="cell-invoice">
        {t('claims.table.invoiceLine', { invoice: row.invoiceNo, line: row.lineNo })}
        {markLocal && row.origin !== 'server' && (
          <span className="badge local-only" title={t('claims.table.localOnlyHint')}>
            {t('claims.table.localOnly')}
          </span>
        )}
      </div>
      <div role="cell" className="cell-sku">
        {row.sku}
      </div>
      <div role="cell" className="cell-family" title={family}>
        {family}
      </div>
      <div role="cell" className="cell-customer" title={row.customerName}>
        {row.customerName}
      </div>
      <div role="cell" className="num">
        {formatNumber(row.quantity, locale)}
      </div>
      <div role="cell" className="num">
        {formatMoney(row.lineTotalCents, row.currency, locale)}
      </div>
      <div role="cell" className="cell-claims" title={reasons || undefined}>
        <ClaimsCell
          claims={claims}
          currentRepId={currentRepId}
          repName={repName}
          t={t}
          locale={locale}
        />
      </div>
    </div>
  );
});
