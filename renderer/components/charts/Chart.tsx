import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChartBoundary } from './ChartBoundary';
import type { ChartProps } from './types';
import './charts.css';

const loadDrawing = () => lazy(() => import('./ComboChart'));
// One lazy component for every chart; replaced only after a failed load, on a deliberate retry.
let ComboChart = loadDrawing();

/**
 * A chart with its text alternative. The drawing (recharts) is lazy-loaded and hidden from
 * assistive technology; the same figures are in a visually hidden table that is there at once.
 */
export function Chart(props: ChartProps) {
  const { t } = useTranslation();
  const [, setAttempt] = useState(0);
  const retry = () => {
    ComboChart = loadDrawing();
    setAttempt((n) => n + 1);
  };
  const { title, data, series, referenceLines = [], format, formatRight, labelHeader } = props;
  const height = props.height ?? 260;
  const formatOf = (axis: 'left' | 'right' | undefined) =>
    axis === 'right' && formatRight ? formatRight : format;
  return (
    <figure className="chart" aria-label={title}>
      {/* The boundary sits outside the drawing: the drawing is inert, its message must not be. */}
      <ChartBoundary onRetry={retry}>
        <div className="chart-drawing" aria-hidden="true" inert style={{ minHeight: height }}>
          <Suspense fallback={<p className="chart-loading muted small">{t('common.loading')}</p>}>
            <ComboChart {...props} height={height} />
          </Suspense>
        </div>
      </ChartBoundary>
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
