/**
 * Before and after the chosen day: a chart of each proportion in the two periods (points, so
 * measures are not joined by lines) and the table of every measure with the change, its 95 %
 * interval and whether it is significant — the chart's text alternative.
 */
import { Suspense, useMemo } from 'react';
import type { Options } from 'uplot';
import { ChartView, type ChartSeries } from '../../components/chart';
import { Loading } from '../../components/ui/loading';
import { comparisonChartData, measureTick } from './dashboard-charts';
import type { PerformanceResponse } from './types';

const BEFORE: ChartSeries = { label: 'Before', colour: '#484949' };
const AFTER: ChartSeries = { label: 'After', colour: '#1d4f8c' };

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' });

/** The section; a prompt to choose a day when there is no comparison. */
export function ComparisonSection({ response }: { response: PerformanceResponse }) {
  const chart = useMemo(() => comparisonChartData(response), [response]);
  const options = useMemo<Partial<Options> | undefined>(() => {
    if (!chart) return undefined;
    const point = (series: ChartSeries, shape: 'filled' | 'hollow') => ({ label: series.label, stroke: series.colour, width: 0, paths: () => null, points: { show: true, size: 11, width: 2, fill: shape === 'filled' ? series.colour : '#ffffff', stroke: series.colour } });
    return {
      scales: { x: { time: false, range: [0.5, chart.labels.length + 0.5] }, y: { range: [0, 100] } },
      series: [{ label: 'Measure' }, point(BEFORE, 'hollow'), point(AFTER, 'filled')],
      axes: [{ label: 'Measure (numbered as in the table)', splits: () => chart.labels.map((_, index) => index + 1), values: (_chart: unknown, splits: number[]) => splits.map(measureTick) }, { label: 'Per cent' }],
    } as Partial<Options>;
  }, [chart]);
  if (!response.comparison || !chart) {
    return (
      <section aria-labelledby="comparison-heading">
        <h2 id="comparison-heading">Before and after</h2>
        <p className="hint">Choose a day under “Compare before and after” to see each measure before that day and from it on, with the change and whether it is significant.</p>
      </section>
    );
  }
  const day = DAY.format(new Date(response.comparison.splitAt));
  const numbers = new Map(chart.labels.map((label, index) => [label, index + 1]));
  return (
    <section aria-labelledby="comparison-heading">
      <h2 id="comparison-heading">Before and after {day}</h2>
      <Suspense fallback={<Loading what="the chart" />}>
        <ChartView caption={`Each measure before ${day} (hollow points) and from ${day} on (filled points), per cent`} data={chart.data} series={[BEFORE, AFTER]} options={options} height={260} />
      </Suspense>
      <table className="comparison-table">
        <caption>Before and after {day}: each measure, the change (after minus before) and its 95 % confidence interval</caption>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Measure</th>
            <th scope="col">Before</th>
            <th scope="col">After</th>
            <th scope="col">Change</th>
            <th scope="col">95 % interval</th>
            <th scope="col">Significant?</th>
          </tr>
        </thead>
        <tbody>
          {response.comparison.rows.map((row) => (
            <tr key={row.id}>
              <td className="number">{numbers.get(row.label) ?? ''}</td>
              <th scope="row">{row.label}</th>
              <td>{row.before}</td>
              <td>{row.after}</td>
              <td>{row.change}</td>
              <td>{row.interval || '–'}</td>
              <td title={row.note}>{row.significant === null ? 'No test' : row.significant ? 'Yes (5 % level)' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint">Significant: the 95 % interval of the change excludes 0. It does not say the change caused it — policy, season and data quality move figures too. Fewer than 10 in a period: treat with caution.</p>
    </section>
  );
}
