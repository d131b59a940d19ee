import { useTranslation } from 'react-i18next';
import type { Field, FileError } from '../../../shared/import/index';
import { fileErrorKeys } from './reject-messages';

/** A file-level problem: what is wrong, and what to do about it. */
export function FileErrorBanner({
  error,
  missing,
}: {
  error: FileError;
  missing: readonly Field[];
}) {
  const { t, i18n } = useTranslation();
  const keys = fileErrorKeys(error.code);
  const fields = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    missing.map((f) => t(`import.fields.${f}`)),
  );
  return (
    <div className="banner banner-error file-error" role="alert">
      <h3>{t('import.fileError.heading')}</h3>
      <p>
        <strong>{t(keys.title)}</strong>
      </p>
      {error.code === 'missing_columns' && missing.length > 0 && (
        <p>{t('import.fileError.missingFields', { fields })}</p>
      )}
      <p>{t(keys.help)}</p>
    </div>
  );
}
