import { useTranslation } from 'react-i18next';
import type { Detected, FileError } from '../../../shared/import/index';
import { formatNumber } from '../../format/format';
import { fileErrorKeys } from './reject-messages';

/** A file-level problem: what the file is or what is wrong with it, and what to do about it. */
export function FileErrorBanner({ error, detected }: { error: FileError; detected: Detected }) {
  const { t, i18n } = useTranslation();
  const keys = fileErrorKeys(error);
  const list = (items: string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
  const missing = detected.unmappedRequired;
  return (
    <div className="banner banner-error file-error" role="alert">
      <h3>{t('import.fileError.heading')}</h3>
      <p>
        <strong>{t(keys.title)}</strong>
      </p>
      {error.code === 'missing_columns' && missing.length > 0 && (
        <p>
          {t('import.fileError.missingFields', {
            fields: list(missing.map((f) => t(`import.fields.${f}`))),
          })}
        </p>
      )}
      {error.code === 'no_header' && <NoHeaderFacts detected={detected} list={list} />}
      <p>{t(keys.help)}</p>
    </div>
  );
}

/** A text file without a recognisable header: how many rows, which names were read and known. */
function NoHeaderFacts({
  detected,
  list,
}: {
  detected: Detected;
  list: (items: string[]) => string;
}) {
  const { t, i18n } = useTranslation();
  const names = detected.headers.filter((h) => h !== '');
  const known = Object.entries(detected.mapping).map(([field, index]) =>
    t('import.fileError.recognisedColumn', {
      field: t(`import.fields.${field}`),
      number: formatNumber(index + 1, i18n.language),
    }),
  );
  return (
    <>
      <p>
        {t('import.fileError.headerCandidate', {
          row: formatNumber(detected.headerRow, i18n.language),
          names: list(names.slice(0, 12).map((h) => t('import.fileError.quoted', { text: h }))),
        })}{' '}
        {known.length
          ? t('import.fileError.recognised', { columns: list(known) })
          : t('import.fileError.noneRecognised')}
      </p>
      <p>
        {t('import.fileError.rowsBelow', {
          count: detected.totalRows,
          row: formatNumber(detected.headerRow, i18n.language),
        })}
      </p>
    </>
  );
}
