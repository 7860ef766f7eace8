/** Props of the chart component; in their own module so importing them loads no uPlot code. */
import type { Options } from 'uplot';

/** One line of the chart. */
export interface ChartSeries {
  label: string;
  /** CSS colour; keep ≥ 3:1 against white (WCAG 1.4.11) and tell series apart by more than colour (dash). */
  colour: string;
  width?: number;
  fill?: string;
  dash?: number[];
}

/** What ChartView takes. */
export interface ChartViewProps {
  /** The figure's caption and accessible name. */
  caption: string;
  /** uPlot's aligned data: `[x, y1, y2, …]`, each an array of equal length (null for a gap). */
  data: readonly (readonly (number | null)[])[];
  series: readonly ChartSeries[];
  /** Pixels; default 280. */
  height?: number;
  /** x values are Unix seconds. Default false. */
  xIsTime?: boolean;
  /** Extra uPlot options (axes, scales…), merged over the defaults. */
  options?: Partial<Options>;
}
