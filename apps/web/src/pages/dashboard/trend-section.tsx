/** The main proportions week by week (longer steps for a long window): a chart and its table. */
import { Suspense, useMemo } from 'react';
import type { Options } from 'uplot';
import { ChartView, type ChartSeries } from '../../components/chart';
import { Loading } from '../../components/ui/loading';
import { proportionHeadlines, trendChartData } from './dashboard-charts';
import type { PerformanceResponse } from './types';

/** Colours ≥ 3:1 on white, told apart by dash too. */
const STYLES: readonly Pick<ChartSeries, 'colour' | 'dash'>[] = [
  { colour: '#b3261e' },
  { colour: '#1d4f8c', dash: [8, 4] },
  { colour: '#00703c', dash: [2, 3] },
  { colour: '#a64d00', dash: [10, 3, 2, 3] },
  { colour: '#4c2c92', dash: [4, 4] },
  { colour: '#484949', dash: [12, 6] },
];

const DAY = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'short' });
const OPTIONS: Partial<Options> = { scales: { x: { time: true }, y: { range: [0, 100] } }, axes: [{}, { label: 'Per cent' }] };

/** The section. */
export function TrendSection({ response }: { response: PerformanceResponse }) {
  const measures = useMemo(() => proportionHeadlines(response).slice(0, STYLES.length), [response]);
  const series = useMemo(() => measures.map((measure, index): ChartSeries => ({ label: measure.label, ...STYLES[index]! })), [measures]);
  const data = useMemo(() => trendChartData(response, measures.map((measure) => measure.id)), [response, measures]);
  const valueOf = (period: PerformanceResponse['trend'][number], id: string) => period.values.find((value) => value.id === id);
  return (
    <section aria-labelledby="trend-heading">
      <h2 id="trend-heading">Week by week</h2>
      <Suspense fallback={<Loading what="the chart" />}>
        <ChartView caption="The main measures for each period from the start of the window, per cent (a gap: no data that period)" data={data} series={series} options={OPTIONS} xIsTime height={300} />
      </Suspense>
      <div className="table-scroll">
        <table>
          <caption>The main measures for each period (per cent, with how many each is over)</caption>
          <thead>
            <tr>
              <th scope="col">Period from</th>
              {measures.map((measure) => (
                <th key={measure.id} scope="col">
                  {measure.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {response.trend.map((period) => (
              <tr key={period.from}>
                <th scope="row">{DAY.format(new Date(period.from))}</th>
                {measures.map((measure) => {
                  const value = valueOf(period, measure.id);
                  return (
                    <td key={measure.id} className="number">
                      {value?.value === null || value === undefined ? '–' : `${(value.value * 100).toFixed(1)} % (n=${value.count})`}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
