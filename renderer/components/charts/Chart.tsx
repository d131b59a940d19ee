import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartProps } from './types';
import './charts.css';

const ComboChart = lazy(() => import('./ComboChart'));

/**
 * A chart with its text alternative. The drawing (recharts) is lazy-loaded and hidden from
 * assistive technology; the same figures are in a visually hidden table that is there at once.
 */
export function Chart(props: ChartProps) {
  const { t } = useTranslation();
  const { title, data, series, referenceLines = [], format, formatRight, labelHeader } = props;
  const height = props.height ?? 260;
  const formatOf = (axis: 'left' | 'right' | undefined) =>
    axis === 'right' && formatRight ? formatRight : format;
  return (
    <figure className="chart" aria-label={title}>
      <div className="chart-drawing" aria-hidden="true" inert style={{ minHeight: height }}>
        <Suspense fallback={<p className="chart-loading muted small">{t('common.loading')}</p>}>
          <ComboChart {...props} height={height} />
        </Suspense>
      </div>
      <div className="sr-only">
        <table>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.map((d, i) => (
              <tr key={d.label}>
                <th scope="row">{props.rowLabel?.(i) ?? d.label}</th>
                {series.map((s) => {
                  const value = d[s.key];
                  return (
                    <td key={s.key}>
                      {typeof value === 'number' ? formatOf(s.axis)(value) : (value ?? '')}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
          {referenceLines.length > 0 && (
            <tfoot>
              {referenceLines.map((line) => (
                <tr key={`${line.value}-${line.label}`}>
                  <th scope="row">{line.label}</th>
                  <td colSpan={series.length}>{format(line.value)}</td>
                </tr>
              ))}
            </tfoot>
          )}
        </table>
      </div>
    </figure>
  );
}
