import { useTranslation } from 'react-i18next';
import type { ClaimRow, InvoiceRow } from '../../db/index';
import { formatDate } from '../../format/format';
import { refusalText } from './refusal-text';

/** How many refusals the notice lists; the rest are counted and found with the status filter. */
const LISTED = 5;

/**
 * The rep's claims the server refused that the rep has not dismissed yet, above the invoice
 * table: the table's cell has room for a few words only, and a refused claim must not go
 * unnoticed (it holds no line, so the rep may claim again once the reason is settled).
 */
export function ServerRefusals({
  claims,
  lines,
  repId,
  onDismiss,
}: {
  claims: readonly ClaimRow[];
  lines: readonly InvoiceRow[];
  repId: string;
  onDismiss: (claimIds: readonly string[]) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const unseen = claims
    .filter((c) => c.repId === repId && c.syncRejection && !c.syncRejection.seenAt)
    .sort((a, b) => (b.syncRejection?.at ?? '').localeCompare(a.syncRejection?.at ?? ''));
  if (unseen.length === 0) return null;
  const byKey = new Map(lines.map((l) => [l.key, l]));
  return (
    <section className="card server-refusals" aria-labelledby="server-refusals-title">
      <h2 id="server-refusals-title">{t('claims.refusals.title', { count: unseen.length })}</h2>
      <ul>
        {unseen.slice(0, LISTED).map((claim) => {
          const line = byKey.get(claim.lineKey);
          const refusal = claim.syncRejection;
          if (!refusal) return null;
          return (
            <li key={claim.id}>
              <strong>
                {t('claims.refusals.claim', {
                  program: t(`claims.programs.${claim.program}`),
                  invoice: line?.invoiceNo ?? claim.lineKey,
                  line: line?.lineNo ?? '',
                })}
              </strong>{' '}
              {refusalText(refusal, t, locale)}{' '}
              <span className="muted small">
                {t('claims.refusals.on', { date: formatDate(refusal.at.slice(0, 10), locale) })}
              </span>
            </li>
          );
        })}
      </ul>
      {unseen.length > LISTED && (
        <p className="small muted">
          {t('claims.refusals.more', { count: unseen.length - LISTED })}
        </p>
      )}
      <p className="small muted">{t('claims.refusals.hint')}</p>
      <button type="button" onClick={() => onDismiss(unseen.map((c) => c.id))}>
        {t('claims.refusals.dismiss')}
      </button>
    </section>
  );
}
