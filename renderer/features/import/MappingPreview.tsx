import { useTranslation } from 'react-i18next';
import { Card } from '../../components/Card';
import type { Family } from '../../../shared/index';
import type { Field } from '../../../shared/import/index';
import { formatNumber } from '../../format/format';
import { CategoryValues } from './CategoryValues';
import { DetectedFacts } from './DetectedFacts';
import { FileErrorBanner } from './FileErrorBanner';
import { MappingEditor } from './MappingEditor';
import type { Preview } from './preview';
import { PreviewRows } from './PreviewRows';
import { ProblemRows } from './ProblemRows';

const PREVIEW_ROWS = 10;
const PROBLEMS_SHOWN = 20;

/** What was detected, the column choices, the first rows as imported and the sample's problems. */
export function MappingPreview({
  preview,
  busy,
  onMapping,
  onDistributor,
  onFamilyValue,
  onStart,
  onReset,
}: {
  preview: Preview;
  busy: boolean;
  onMapping: (field: Field, column: number | null) => void;
  onDistributor: (distributor: string) => void;
  onFamilyValue: (value: string, family: Family | null) => void;
  onStart: () => void;
  onReset: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { result, sample, file } = preview;
  const { detected } = result;
  const missing = detected.unmappedRequired;
  const needsDistributor = preview.mapping.distributor === null;
  const fields = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    missing.map((f) => t(`import.fields.${f}`)),
  );
  const blocked =
    Boolean(result.fileError) ||
    missing.length > 0 ||
    (needsDistributor && !preview.typedDistributor.trim());
  const sampleRows = result.rows.length + result.rejected.length;
  // A PDF, an image, an empty file …: nothing was detected and there are no columns to check.
  const notATable = result.fileError?.kind !== undefined;

  return (
    <Card
      title={
        notATable
          ? t('import.preview.titleNotTable', { file: file.name })
          : t('import.preview.title', { file: file.name })
      }
      actions={
        <button type="button" onClick={onReset} disabled={busy}>
          {t('import.preview.another')}
        </button>
      }
    >
      {preview.remembered && (
        <p className="banner banner-info">
          {t('import.preview.remembered', { distributor: preview.distributor })}
        </p>
      )}
      {preview.rememberedValues && (
        <p className="banner banner-info">
          {t('import.preview.rememberedValues', { distributor: preview.distributor })}
        </p>
      )}
      {result.fileError && <FileErrorBanner error={result.fileError} detected={detected} />}
      {!notATable && (
        <>
          {result.fileError?.code !== 'no_header' && (
            <p className="muted">
              {sample.partial
                ? t('import.preview.partial', { rows: formatNumber(sampleRows, i18n.language) })
                : t('import.preview.whole', { count: detected.totalRows })}
            </p>
          )}
          <h3>{t('import.preview.detected')}</h3>
          <DetectedFacts detected={detected} fileError={result.fileError} />
        </>
      )}
      {detected.headers.length > 0 && (
        <>
          <h3>{t('import.preview.mapping')}</h3>
          <p className="small muted">{t('import.preview.mappingHelp')}</p>
          <MappingEditor
            headers={detected.headers}
            mapping={preview.mapping}
            missing={missing}
            onChange={onMapping}
          />
          {missing.length > 0 && !result.fileError && (
            <p className="banner banner-warning" role="status">
              {t('import.preview.requiredMissing', { fields })}
            </p>
          )}
          {needsDistributor && (
            <label className="field distributor-field">
              {t('import.preview.distributor')}
              <input
                name="mapping-preview"
                type="text"
                value={preview.typedDistributor}
                aria-describedby="distributor-help"
                onChange={(e) => onDistributor(e.target.value)}
              />
              <span id="distributor-help" className="small">
                {t('import.preview.distributorHelp')}
              </span>
            </label>
          )}
        </>
      )}
      {!result.fileError && detected.unknownFamilies.length > 0 && (
        <CategoryValues values={detected.unknownFamilies} onChange={onFamilyValue} />
      )}
      {!result.fileError && (
        <>
          <h3>{t('import.preview.rows')}</h3>
          {result.rows.length ? (
            <PreviewRows rows={result.rows.slice(0, PREVIEW_ROWS)} />
          ) : (
            <p className="muted">{t('import.preview.noRows')}</p>
          )}
          <p className={result.rejected.length ? 'banner banner-warning' : 'muted'}>
            {result.rejected.length
              ? t('import.preview.problems', { count: result.rejected.length })
              : t('import.preview.noProblems')}
          </p>
          {result.rejected.length > 0 && (
            <ProblemRows
              rows={result.rejected.slice(0, PROBLEMS_SHOWN)}
              label={t('import.preview.problems', { count: result.rejected.length })}
            />
          )}
          {result.rejected.length > PROBLEMS_SHOWN && (
            <p className="small muted">
              {t('import.preview.moreProblems', { count: result.rejected.length - PROBLEMS_SHOWN })}
            </p>
          )}
        </>
      )}
      {!notATable && (
        <div className="button-row import-actions">
          <button type="button" className="primary" onClick={onStart} disabled={busy || blocked}>
            {sample.partial
              ? t('import.preview.start')
              : t('import.preview.startRows', { count: detected.totalRows })}
          </button>
        </div>
      )}
    </Card>
  );
}
