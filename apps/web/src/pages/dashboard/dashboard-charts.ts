/**
 * Chart data from the measures response, in uPlot's aligned form ([x, y1, y2, …]), kept out of the
 * components so it is tested in Node. Percentages are 0–100; a measure with no data is a gap (null).
 */
import type { PerformanceResponse } from './types';

/** The headline proportions the charts plot (means have other units and stay in the tables). */
export function proportionHeadlines(response: Pick<PerformanceResponse, 'headlines'>): { id: string; label: string }[] {
  return response.headlines
    .filter((figure) => figure.status !== 'not-recorded' && figure.status !== 'planned' && !figure.id.endsWith('-hours') && figure.id !== 'handoffs-per-case')
    .map((figure) => ({ id: figure.id, label: figure.label }));
}

const percent = (value: number | null | undefined): number | null => (value === null || value === undefined ? null : Math.round(value * 1000) / 10);

/** Before and after the comparison day for each proportion: x = the measure's position (1, 2, …). */
export function comparisonChartData(response: Pick<PerformanceResponse, 'headlines' | 'comparison'>): { labels: string[]; data: (number | null)[][] } | null {
  if (!response.comparison) return null;
  const measures = proportionHeadlines(response);
  const differences = new Map(response.comparison.differences.map((difference) => [difference.id, difference]));
  return {
    labels: measures.map((measure) => measure.label),
    data: [measures.map((_, index) => index + 1), measures.map((measure) => percent(differences.get(measure.id)?.before)), measures.map((measure) => percent(differences.get(measure.id)?.after))],
  };
}

/** Each proportion period by period: x = the period's start (Unix seconds). */
export function trendChartData(response: Pick<PerformanceResponse, 'headlines' | 'trend'>, ids: readonly string[]): (number | null)[][] {
  return [
    response.trend.map((period) => Date.parse(period.from) / 1000),
    ...ids.map((id) => response.trend.map((period) => percent(period.values.find((value) => value.id === id)?.value))),
  ];
}

/** Short names for the chart's x axis: "1", "2", … keyed to the table (labels are too long for an axis). */
export function measureTick(index: number): string {
  return Number.isInteger(index) && index >= 1 ? String(index) : '';
}
