import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { MoneyField, QuantityField } from './MoneyField';
import { lineTotal, unitPrice, withProblem, type DraftLine } from './plan-draft';

/** The quote's lines: quantity, partner price (line total or unit price), list price. */
export function LinesTable({
  lines,
  onChange,
  onRemove,
}: {
  lines: readonly DraftLine[];
  /** Updates one line from its latest state (several fields may report in one render). */
  onChange: (key: string, update: (line: DraftLine) => DraftLine) => void;
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
                  <QuantityField
                    className="qty-input"
                    label={t('planner.lines.quantityOf', { n })}
                    value={line.quantity}
                    onValue={(quantity) => onChange(line.key, (l) => ({ ...l, quantity }))}
                    onProblem={(error) =>
                      onChange(line.key, (l) => withProblem(l, 'quantity', error))
                    }
                  />
                </td>
                <td className="num">
                  <MoneyField
                    label={t('planner.lines.lineTotalOf', { n })}
                    value={lineTotal(line)}
                    onValue={(cents) =>
                      onChange(line.key, (l) => ({ ...l, basis: 'total', lineTotalCents: cents }))
                    }
                    onProblem={(error) =>
                      onChange(line.key, (l) => withProblem(l, 'lineTotal', error))
                    }
                  />
                </td>
                <td className="num">
                  <MoneyField
                    label={t('planner.lines.unitPriceOf', { n })}
                    value={unitPrice(line)}
                    onValue={(cents) =>
                      onChange(line.key, (l) => ({ ...l, basis: 'unit', unitCents: cents }))
                    }
                    onProblem={(error) =>
                      onChange(line.key, (l) => withProblem(l, 'unitPrice', error))
                    }
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
