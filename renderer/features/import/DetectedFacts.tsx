import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Detected, FileError } from '../../../shared/import/index';
import { formatNumber } from '../../format/format';

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** What the parser found out about the file, in words. */
export function DetectedFacts({
  detected,
  fileError,
}: {
  detected: Detected;
  fileError?: FileError | undefined;
}) {
  const { t, i18n } = useTranslation();
  return (
    <dl className="detected">
      <div>
        <dt>{t('import.preview.format')}</dt>
        <dd>{t(`import.formats.${detected.format}`)}</dd>
      </div>
      <div>
        <dt>{t('import.preview.encoding')}</dt>
        <dd>{t(`import.encodings.${detected.encoding}`)}</dd>
      </div>
      <div>
        <dt>{t('import.preview.delimiter')}</dt>
        <dd>
          {t(`import.delimiters.${detected.delimiter ? DELIMITERS[detected.delimiter] : 'none'}`)}
        </dd>
      </div>
      <div>
        <dt>{t('import.preview.decimal')}</dt>
        <dd>{t(`import.decimals.${detected.decimal === ',' ? 'comma' : 'point'}`)}</dd>
      </div>
      <div>
        <dt>{t('import.preview.dateOrder')}</dt>
        <dd className="detected-dates">{dateText(detected, t)}</dd>
      </div>
      <div>
        <dt>{t('import.preview.headerRow')}</dt>
        <dd>
          {fileError?.code === 'no_header'
            ? t('import.preview.headerRowNone')
            : formatNumber(detected.headerRow, i18n.language)}
        </dd>
      </div>
    </dl>
  );
}

/** The date forms found: year-first and dotted dates are unambiguous; only a/b/y needs an order. */
function dateText(detected: Detected, t: TFunction): string {
  if (detected.dateForms.length === 0) return t('import.dates.none');
  return detected.dateForms
    .map((form) => {
      if (form !== 'numeric')
        return t(`import.dates.${form === 'iso' && detected.format === 'xlsx' ? 'isoXlsx' : form}`);
      const order = t(`import.dateOrders.${detected.dateOrder}`);
      return detected.dateOrderAmbiguous
        ? t('import.preview.dateOrderGuessed', { order })
        : t('import.dates.proven', { order });
    })
    .join(' · ');
}
