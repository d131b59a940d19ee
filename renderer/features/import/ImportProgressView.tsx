import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import type { ImportProgress } from '../../import/pipeline';
import { percent } from './batches';

/** Rows done of total as a progressbar, with Cancel (stops after the chunk in flight). */
export function ImportProgressView({
  fileName,
  progress,
  cancelling,
  onCancel,
}: {
  fileName: string;
  progress: ImportProgress | null;
  cancelling: boolean;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const writing = progress !== null && progress.phase !== 'parsing' && progress.total > 0;
  const text = writing
    ? t('import.progress.writing', {
        done: formatNumber(progress.done, locale),
        total: formatNumber(progress.total, locale),
      })
    : t('import.progress.parsing', { file: fileName });
  return (
    <div className="card import-progress">
      <p id="import-progress-text">{text}</p>
      <div
        className="progress"
        role="progressbar"
        aria-label={t('import.progress.label')}
        aria-describedby="import-progress-text"
        aria-valuemin={0}
        {...(writing
          ? {
              'aria-valuemax': progress.total,
              'aria-valuenow': progress.done,
              'aria-valuetext': text,
            }
          : {})}
      >
        <span
          className={writing ? undefined : 'indeterminate'}
          style={{ width: `${writing ? percent(progress.done, progress.total) : 30}%` }}
        />
      </div>
      <div className="button-row">
        <button type="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? t('import.progress.cancelling') : t('import.progress.cancel')}
        </button>
      </div>
    </div>
  );
}
