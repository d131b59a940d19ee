import { useTranslation } from 'react-i18next';
import type { Field } from '../../../shared/import/index';
import { formatNumber } from '../../format/format';
import { RawValues, RejectSentence } from './RejectSentence';

export interface ProblemRow {
  readonly row: number;
  readonly code: string;
  readonly field?: Field;
  readonly reason: string;
  readonly value?: string;
  readonly raw: Readonly<Record<string, string>>;
}

/** Rows that cannot be imported: row number, what is wrong, and the values as read. */
export function ProblemRows({ rows, label }: { rows: readonly ProblemRow[]; label: string }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="problem-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col" className="num">
              {t('import.columns.row')}
            </th>
            <th scope="col">{t('import.columns.problem')}</th>
            <th scope="col">{t('import.columns.values')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={`${r.row}-${i}`}>
              <td className="num">{formatNumber(r.row, i18n.language)}</td>
              <td>
                <RejectSentence
                  code={r.code}
                  reason={r.reason}
                  {...(r.field ? { field: r.field } : {})}
                  {...(r.value !== undefined ? { value: r.value } : {})}
                />
              </td>
              <td>
                <RawValues raw={r.raw} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
