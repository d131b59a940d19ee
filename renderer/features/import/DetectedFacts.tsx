import { useTranslation } from 'react-i18next';
import type { Detected } from '../../../shared/import/index';
import { formatNumber } from '../../format/format';

const DELIMITERS = { ',': 'comma', ';': 'semicolon', '\t': 'tab' } as const;

/** What the parser found out about the file, in words. */
export function DetectedFacts({ detected }: { detected: Detected }) {
  const { t, i18n } = useTranslation();
  const order = t(`import.dateOrders.${detected.dateOrder}`);
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
        <dd>
          {detected.dateOrderAmbiguous ? t('import.preview.dateOrderGuessed', { order }) : order}
        </dd>
      </div>
      <div>
        <dt>{t('import.preview.headerRow')}</dt>
        <dd>{formatNumber(detected.headerRow, i18n.language)}</dd>
      </div>
    </dl>
  );
}
