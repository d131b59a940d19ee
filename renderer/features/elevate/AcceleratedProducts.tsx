import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import type { Currency } from '../../../shared/index';
import { Card, EmptyState } from '../../components/Card';
import { Money } from '../../components/Money';
import { db } from '../../data/db';
import { formatNumber } from '../../format/format';

export function AcceleratedProducts({
  multiplierBps,
  currency,
}: {
  multiplierBps: number;
  currency: Currency;
}) {
  const { t, i18n } = useTranslation();
  const products = useLiveQuery(() => db.catalog.filter((c) => c.accelerator).sortBy('name'), []);
  return (
    <Card title={t('elevate.products.title')}>
      <p className="muted small">
        {t('elevate.products.intro', {
          multiplier: formatNumber(multiplierBps / 10_000, i18n.language),
        })}
      </p>
      {products === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : products.length === 0 ? (
        <EmptyState>{t('elevate.products.empty')}</EmptyState>
      ) : (
        <div className="elevate-table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('elevate.products.name')}</th>
                <th scope="col">{t('elevate.products.sku')}</th>
                <th scope="col">{t('elevate.products.family')}</th>
                <th scope="col" className="num">
                  {t('elevate.products.listPrice')}
                </th>
              </tr>
            </thead>
            <tbody>
              {products.map((p) => (
                <tr key={p.sku}>
                  <td>{p.name}</td>
                  <td>
                    <code>{p.sku}</code>
                  </td>
                  <td>{t(`families.${p.family}`)}</td>
                  <td className="num">
                    <Money cents={p.listPriceCents} currency={currency} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
