import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { db } from '../../data/db';
import { quarantineOf } from '../../db/index';
import { formatNumber } from '../../format/format';
import { ProblemRows } from './ProblemRows';

const SHOWN = 500;

/** The rows of one batch that were set aside, read live from the quarantine store. */
export function QuarantineList({ batchId, fileName }: { batchId: string; fileName: string }) {
  const { t, i18n } = useTranslation();
  const rows = useLiveQuery(() => quarantineOf(db, batchId), [batchId]);
  if (!rows) return null;
  return (
    <section className="quarantine" aria-labelledby={`quarantine-${batchId}`}>
      <h3 id={`quarantine-${batchId}`}>{t('import.quarantine.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('import.quarantine.empty')}</p>
      ) : (
        <>
          <p className="small muted">{t('import.quarantine.intro')}</p>
          <ProblemRows
            rows={rows.slice(0, SHOWN)}
            label={t('import.quarantine.label', { file: fileName })}
          />
          {rows.length > SHOWN && (
            <p className="small muted">
              {t('import.quarantine.shown', {
                shown: formatNumber(SHOWN, i18n.language),
                total: formatNumber(rows.length, i18n.language),
              })}
            </p>
          )}
        </>
      )}
    </section>
  );
}
