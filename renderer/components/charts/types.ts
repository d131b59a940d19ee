/** What a chart shows, independent of the chart library (which loads on demand). */
export interface ChartSeries {
  /** Field of each datum holding this series' value. */
  readonly key: string;
  /** Translated series name (legend, tooltip, text alternative). */
  readonly name: string;
  readonly kind: 'bar' | 'line' | 'area';
  readonly color: string;
  /** Series on the right-hand axis (a second unit, e.g. claimed SPIFF next to revenue). */
  readonly axis?: 'left' | 'right';
}

export interface ChartReferenceLine {
  readonly value: number;
  /** Translated label drawn at the line. */
  readonly label: string;
  readonly color?: string;
  /** Leave the label off the drawing (lines too close together); the caller explains them. */
  readonly hideLabel?: boolean;
}

/** One category of the x axis; a series without a value there (e.g. a future week) is a gap. */
export type ChartDatum = { readonly label: string } & Readonly<Record<string, number | string>>;

export interface ChartProps {
  /** Accessible name of the chart (its heading is usually the card title). */
  readonly title: string;
  readonly data: readonly ChartDatum[];
  readonly series: readonly ChartSeries[];
  readonly referenceLines?: readonly ChartReferenceLine[];
  /** Formats values of the left axis (and of right-axis series unless formatRight is given). */
  readonly format: (value: number) => string;
  readonly formatRight?: (value: number) => string;
  /** Shorter form for the left axis' ticks (compact notation), when values get long. */
  readonly formatAxis?: (value: number) => string;
  /** Translated header of the label column in the text alternative. */
  readonly labelHeader: string;
  readonly height?: number;
  /** Longer row label for the text alternative (e.g. "Week 3 (from 15 Oct)"); default: label. */
  readonly rowLabel?: (index: number) => string;
}
