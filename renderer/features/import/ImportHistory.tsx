import { useTranslation } from 'react-i18next';
import { Card, EmptyState } from '../../components/Card';
import type { ImportBatchRow } from '../../db/index';
import { formatDateTime, formatNumber } from '../../format/format';
import { canResume, isInterrupted } from './batches';

/** Past imports with their status; interrupted, cancelled or failed ones can be resumed. */
export function ImportHistory({
  batches,
  activeBatchId,
  busy,
  onResume,
  onShowProblems,
}: {
  batches: readonly ImportBatchRow[];
  activeBatchId: string | null;
  busy: boolean;
  onResume: (batch: ImportBatchRow) => void;
  onShowProblems: (batch: ImportBatchRow) => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const n = (value: number) => formatNumber(value, locale);
  return (
    <Card title={t('import.history.title')}>
      {batches.length === 0 ? (
        <EmptyState>{t('import.history.empty')}</EmptyState>
      ) : (
        <div className="table-scroll">
          <table className="history-table">
            <thead>
              <tr>
                <th scope="col">{t('import.history.file')}</th>
                <th scope="col">{t('import.history.distributor')}</th>
                <th scope="col">{t('import.history.started')}</th>
                <th scope="col">{t('import.history.status')}</th>
                <th scope="col" className="num">
                  {t('import.history.rows')}
                </th>
                <th scope="col" className="num">
                  {t('import.history.result')}
                </th>
                <th scope="col">{t('import.history.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((b) => (
                <tr key={b.id}>
                  <th scope="row" className="history-file">
                    {b.fileName}
                  </th>
                  <td>{b.distributor}</td>
                  <td>{formatDateTime(b.startedAt, locale)}</td>
                  <td>
                    <span className={`badge batch-${b.status}`}>
                      {isInterrupted(b, activeBatchId)
                        ? t('import.history.interrupted')
                        : t(`import.batchStatus.${b.status}`)}
                    </span>
                  </td>
                  <td className="num">
                    {t('import.history.rowsValue', { done: n(b.doneRows), total: n(b.totalRows) })}
                  </td>
                  <td className="num history-result">
                    {t('import.history.resultValue', {
                      inserted: n(b.inserted),
                      updated: n(b.updated),
                      unchanged: n(b.unchanged),
                      quarantined: n(b.quarantined),
                    })}
                  </td>
                  <td>
                    <div className="button-row">
                      {b.quarantined > 0 && (
                        <button
                          type="button"
                          onClick={() => onShowProblems(b)}
                          aria-label={t('import.history.problemsLabel', { file: b.fileName })}
                        >
                          {t('import.history.showProblems')}
                        </button>
                      )}
                      {canResume(b, activeBatchId) && (
                        <button
                          type="button"
                          disabled={busy}
                          onClick={() => onResume(b)}
                          aria-label={t('import.history.resumeLabel', { file: b.fileName })}
                        >
                          {t('import.history.resume')}
                        </button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
