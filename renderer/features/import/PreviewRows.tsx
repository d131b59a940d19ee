import { useTranslation } from 'react-i18next';
import type { ParsedRow } from '../../../shared/import/index';
import { formatDate, formatMoney, formatNumber } from '../../format/format';

/** The first rows exactly as they would be stored. */
export function PreviewRows({ rows }: { rows: readonly ParsedRow[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="table-scroll">
      <table className="preview-table">
        <caption className="sr-only">{t('import.preview.rows')}</caption>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.columns.row')}
            </th>
            <th scope="col">{t('import.fields.distributor')}</th>
            <th scope="col">{t('import.fields.partnerId')}</th>
            <th scope="col">{t('import.fields.invoiceNo')}</th>
            <th scope="col" className="num">
              {t('import.fields.lineNo')}
            </th>
            <th scope="col">{t('import.fields.date')}</th>
            <th scope="col">{t('import.fields.sku')}</th>
            <th scope="col">{t('import.fields.family')}</th>
            <th scope="col">{t('import.fields.topseller')}</th>
            <th scope="col" className="num">
              {t('import.fields.quantity')}
            </th>
            <th scope="col" className="num">
              {t('import.fields.unitPrice')}
            </th>
            <th scope="col">{t('import.fields.customerName')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.row}>
              <td className="num">{formatNumber(row.row, locale)}</td>
              <td>{row.distributor}</td>
              <td>{row.partnerId}</td>
              <td>{row.invoiceNo}</td>
              <td className="num">{formatNumber(row.lineNo, locale)}</td>
              <td>{formatDate(row.date, locale)}</td>
              <td>{row.sku}</td>
              <td>{t(`families.${row.family}`)}</td>
              <td>{row.topseller ? t('import.columns.yes') : t('import.columns.no')}</td>
              <td className="num">{formatNumber(row.quantity, locale)}</td>
              <td className="num">{formatMoney(row.unitPriceCents, row.currency, locale)}</td>
              <td>{row.customerName}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
