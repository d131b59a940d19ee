import { useTranslation } from 'react-i18next';
import { FIELDS, type Field } from '../../../shared/import/index';
import type { FullMapping } from './mapping-memory';

/** One select per field: which column of the file holds it ("None" = the file has no such column). */
export function MappingEditor({
  headers,
  mapping,
  missing,
  onChange,
}: {
  headers: readonly string[];
  mapping: FullMapping;
  missing: readonly Field[];
  onChange: (field: Field, column: number | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="mapping-grid">
      {FIELDS.map((field) => (
        <label key={field} className={`field${missing.includes(field) ? ' is-missing' : ''}`}>
          {t(`import.fields.${field}`)}
          <select
            name="column-mapping"
            value={mapping[field] ?? ''}
            aria-invalid={missing.includes(field) || undefined}
            onChange={(e) => onChange(field, e.target.value === '' ? null : Number(e.target.value))}
          >
            <option value="">{t('import.preview.noColumn')}</option>
            {headers.map((header, index) => (
              <option key={index} value={index}>
                {t('import.preview.column', { number: index + 1, header })}
              </option>
            ))}
          </select>
        </label>
      ))}
    </div>
  );
}
