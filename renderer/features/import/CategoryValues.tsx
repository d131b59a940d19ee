import { useTranslation } from 'react-i18next';
import { FAMILIES, isFamily, type Family } from '../../../shared/index';
import type { UnknownFamilyValue } from '../../../shared/import/index';

/**
 * The file's category texts that name no product family, each with a family to choose. Rows whose
 * SKU is in the catalog take the catalog's family; the choice applies to the others; what stays
 * without a family is set aside.
 */
export function CategoryValues({
  values,
  onChange,
}: {
  values: readonly UnknownFamilyValue[];
  onChange: (value: string, family: Family | null) => void;
}) {
  const { t } = useTranslation();
  const unmapped = values.filter((v) => v.mapped === undefined && v.rows > v.byCatalog);
  return (
    <section className="category-values" aria-labelledby="category-values-title">
      <h3 id="category-values-title">{t('import.values.title')}</h3>
      <p className="small muted">{t('import.values.help')}</p>
      <div className="table-scroll">
        <table className="category-table">
          <thead>
            <tr>
              <th scope="col">{t('import.values.value')}</th>
              <th scope="col">{t('import.values.rowsColumn')}</th>
              <th scope="col">{t('import.values.family')}</th>
            </tr>
          </thead>
          <tbody>
            {values.map((v) => {
              const open = v.rows - v.byCatalog;
              return (
                <tr key={v.value} className={v.mapped || open === 0 ? undefined : 'is-unmapped'}>
                  <td className="category-value">{v.value}</td>
                  <td>
                    {t('import.values.rows', { count: v.rows })}
                    {v.byCatalog > 0 && (
                      <span className="small muted category-catalog">
                        {t('import.values.byCatalog', { count: v.byCatalog })}
                      </span>
                    )}
                  </td>
                  <td>
                    {open === 0 ? (
                      <span className="muted">{t('import.values.allByCatalog')}</span>
                    ) : (
                      <select
                        name="category-family"
                        value={v.mapped ?? ''}
                        aria-label={t('import.values.selectLabel', { value: v.value })}
                        onChange={(e) =>
                          onChange(v.value, isFamily(e.target.value) ? e.target.value : null)
                        }
                      >
                        <option value="">{t('import.values.setAside', { count: open })}</option>
                        {FAMILIES.map((f) => (
                          <option key={f} value={f}>
                            {t(`families.${f}`)}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className={unmapped.length ? 'banner banner-warning' : 'small muted'} role="status">
        {unmapped.length
          ? t('import.values.stillUnmapped', {
              count: unmapped.reduce((n, v) => n + v.rows - v.byCatalog, 0),
            })
          : t('import.values.allMapped')}
      </p>
    </section>
  );
}
