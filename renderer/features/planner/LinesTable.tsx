import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { MoneyField } from './MoneyField';
import { lineTotal, unitPrice, type DraftLine } from './plan-draft';

/** The quote's lines: quantity, partner price (line total or unit price), list price. */
export function LinesTable({
  lines,
  onChange,
  onRemove,
}: {
  lines: readonly DraftLine[];
  onChange: (line: DraftLine) => void;
  onRemove: (key: string) => void;
}) {
  const { t } = useTranslation();
  if (lines.length === 0) return <p className="empty-state">{t('planner.lines.empty')}</p>;
  return (
    <div className="table-scroll">
      <table className="lines-table">
        <caption className="sr-only">{t('planner.lines.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planner.lines.product')}</th>
            <th scope="col" className="num">
              {t('planner.lines.quantity')}
            </th>
            <th scope="col" className="num">
              {t('planner.lines.lineTotal')}
            </th>
            <th scope="col" className="num">
              {t('planner.lines.unitPrice')}
            </th>
            <th scope="col" className="num">
              {t('planner.lines.list')}
            </th>
            <th scope="col">
              <span className="sr-only">{t('planner.lines.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, i) => {
            const n = i + 1;
            return (
              <tr key={line.key}>
                <td>
                  <div className="line-product">
                    <strong>{line.sku}</strong> {line.name}
                  </div>
                  <div className="small muted">
                    {t(`families.${line.family}`)}
                    {line.topseller && ` · ${t('planner.lines.topseller')}`}
                  </div>
                </td>
                <td className="num">
                  <input
                    className="qty-input"
                    type="number"
                    min={0}
                    step={1}
                    inputMode="numeric"
                    aria-label={t('planner.lines.quantityOf', { n })}
                    value={line.quantity}
                    onChange={(e) => {
                      const q = Number(e.target.value);
                      if (Number.isInteger(q) && q >= 0) onChange({ ...line, quantity: q });
                    }}
                  />
                </td>
                <td className="num">
                  <MoneyField
                    label={t('planner.lines.lineTotalOf', { n })}
                    cents={lineTotal(line)}
                    onChange={(cents) =>
                      onChange({ ...line, basis: 'total', lineTotalCents: cents })
                    }
                  />
                </td>
                <td className="num">
                  <MoneyField
                    label={t('planner.lines.unitPriceOf', { n })}
                    cents={unitPrice(line)}
                    onChange={(cents) => onChange({ ...line, basis: 'unit', unitCents: cents })}
                  />
                  {line.basis === 'total' &&
                    line.quantity > 0 &&
                    line.lineTotalCents % line.quantity !== 0 && (
                      <div className="small muted">{t('planner.lines.rounded')}</div>
                    )}
                </td>
                <td className="num">
                  <Money cents={line.listUnitCents * line.quantity} currency="USD" />
                </td>
                <td>
                  <button
                    type="button"
                    onClick={() => onRemove(line.key)}
                    aria-label={t('planner.lines.removeOf', { n, sku: line.sku })}
                  >
                    {t('planner.lines.remove')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
