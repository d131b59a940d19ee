import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogRow } from '../../db/index';
import { db } from '../../data/db';
import { Money } from '../../components/Money';

/** Search the catalog by SKU or name and add a line. */
export function CatalogPicker({ onAdd }: { onAdd: (item: CatalogRow) => void }) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const id = useId();
  const catalog = useLiveQuery(() => db.catalog.toArray(), []) ?? [];
  const needle = query.trim().toLowerCase();
  const hits = needle
    ? catalog
        .filter(
          (c) => c.sku.toLowerCase().includes(needle) || c.name.toLowerCase().includes(needle),
        )
        .slice(0, 8)
    : [];
  return (
    <div className="catalog-picker">
      <label className="field">
        <span>{t('planner.catalog.search')}</span>
        <input
          name="catalog-search"
          type="search"
          value={query}
          aria-describedby={`${id}-hint`}
          placeholder={t('planner.catalog.placeholder')}
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <p id={`${id}-hint`} className="small muted">
        {needle && hits.length === 0
          ? t('planner.catalog.none', { query: query.trim() })
          : t('planner.catalog.hint')}
      </p>
      {hits.length > 0 && (
        <ul className="catalog-hits" aria-label={t('planner.catalog.results')}>
          {hits.map((item) => (
            <li key={item.sku}>
              <span className="hit-sku">{item.sku}</span>
              <span className="hit-name">{item.name}</span>
              <span className="hit-family muted small">{t(`families.${item.family}`)}</span>
              <Money cents={item.listPriceCents} currency="USD" />
              <button
                type="button"
                onClick={() => {
                  onAdd(item);
                  setQuery('');
                }}
                aria-label={t('planner.catalog.add', { sku: item.sku, name: item.name })}
              >
                {t('planner.catalog.addShort')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
