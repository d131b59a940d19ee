import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import { formatNumber } from '../../format/format';
import type { ImportReport } from '../../import/pipeline';
import { FileErrorBanner } from './FileErrorBanner';
import { QuarantineList } from './QuarantineList';

const COUNTS = ['inserted', 'updated', 'unchanged', 'quarantined'] as const;

/** After an import: how it ended, the counts, and the rows set aside. */
export function ImportResult({
  fileName,
  report,
  onAnother,
}: {
  fileName: string;
  report: ImportReport;
  onAnother: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const batch = report.batch;
  return (
    <Card
      title={t('import.result.title', { file: fileName })}
      actions={
        <button type="button" className="primary" onClick={onAnother}>
          {t('import.result.another')}
        </button>
      }
    >
      {report.status === 'file_error' && report.fileError && (
        <FileErrorBanner error={report.fileError} detected={report.detected} />
      )}
      {report.status === 'done' && (
        <p className="banner banner-info" role="status">
          {t('import.result.done')}
        </p>
      )}
      {report.status === 'cancelled' && batch && (
        <p className="banner banner-warning" role="status">
          {t('import.result.cancelled', {
            done: formatNumber(batch.doneRows, locale),
            total: formatNumber(batch.totalRows, locale),
          })}
        </p>
      )}
      {report.status === 'failed' && (
        <p className="banner banner-error" role="alert">
          {t('import.result.failed', { error: report.error ?? '' })}
        </p>
      )}
      {batch && (
        <>
          <dl className="import-counts">
            {COUNTS.map((key) => (
              <div key={key} className={`count-${key}`}>
                <dt>{t(`import.result.${key}`)}</dt>
                <dd className="big-number">{formatNumber(batch[key], locale)}</dd>
              </div>
            ))}
          </dl>
          <QuarantineList batchId={batch.id} fileName={fileName} />
        </>
      )}
    </Card>
  );
}
