import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { axisDomain } from './axis-domain';
import type { ChartProps, ChartSeries } from './types';

/** The recharts drawing. Imported only through `Chart` (React.lazy): recharts loads on demand. */
export default function ComboChart({
  data,
  series,
  referenceLines = [],
  format,
  formatRight,
  formatAxis,
  height = 260,
}: ChartProps) {
  const hasRight = series.some((s) => s.axis === 'right');
  const leftDomain = axisDomain(data, series, 'left', referenceLines);
  const rightDomain = axisDomain(data, series, 'right');
  const formatOf = (s: ChartSeries | undefined) =>
    s?.axis === 'right' && formatRight ? formatRight : format;
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={[...data]} margin={{ top: 12, right: 16, bottom: 4, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e1e6ed" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} interval="preserveStartEnd" />
        <YAxis
          yAxisId="left"
          domain={leftDomain}
          allowDataOverflow={false}
          tickFormatter={(v: number) => (formatAxis ?? format)(v)}
          tick={{ fontSize: 12 }}
          width={88}
        />
        {hasRight && (
          <YAxis
            yAxisId="right"
            orientation="right"
            domain={rightDomain}
            allowDataOverflow={false}
            tickFormatter={(v: number) => (formatRight ?? format)(v)}
            tick={{ fontSize: 12 }}
            width={80}
          />
        )}
        <Tooltip
          formatter={(value, name) => {
            const s = series.find((x) => x.name === name);
            return typeof value === 'number' ? formatOf(s)(value) : String(value);
          }}
        />
        <Legend wrapperStyle={{ fontSize: 13 }} />
        {series.map((s) => {
          const common = {
            dataKey: s.key,
            name: s.name,
            yAxisId: s.axis ?? 'left',
            isAnimationActive: false,
          };
          if (s.kind === 'bar')
            return <Bar key={s.key} {...common} fill={s.color} radius={[3, 3, 0, 0]} />;
          if (s.kind === 'area')
            return (
              <Area
                key={s.key}
                {...common}
                type="linear"
                stroke={s.color}
                fill={s.color}
                fillOpacity={0.15}
                strokeWidth={2}
              />
            );
          return (
            <Line
              key={s.key}
              {...common}
              type="linear"
              stroke={s.color}
              strokeWidth={2}
              dot={false}
            />
          );
        })}
        {referenceLines.map((line) => (
          <ReferenceLine
            key={`${line.value}-${line.label}`}
            y={line.value}
            yAxisId="left"
            stroke={line.color ?? '#4d5b6e'}
            strokeDasharray="6 4"
            ifOverflow="extendDomain"
            label={
              line.hideLabel
                ? undefined
                : { value: line.label, position: 'insideTopLeft', fontSize: 12, fill: '#1b2330' }
            }
          />
        ))}
      </ComposedChart>
    </ResponsiveContainer>
  );
}
