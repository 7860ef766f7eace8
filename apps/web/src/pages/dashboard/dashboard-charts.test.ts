import { describe, expect, it } from 'vitest';
import { comparisonChartData, proportionHeadlines, trendChartData } from './dashboard-charts';
import { validateDashboardSearch } from './dashboard-search';
import type { HeadlineFigure, MeasureDifference, PerformanceResponse } from './types';

const figure = (id: string, status: HeadlineFigure['status'] = 'no-target'): HeadlineFigure => ({ id, label: `label ${id}`, value: null, display: '', detail: '', targetPercent: null, status });
const difference = (id: string, before: number | null, after: number | null): MeasureDifference => ({
  id, label: id, kind: 'proportion', unit: 'proportion', before, after, beforeCount: 1, afterCount: 1, difference: null, lower: null, upper: null, significant: null, note: '',
});
const headlines = [figure('attendance-grade-1-urban-call-answered', 'below-target'), figure('handoffs-per-case'), figure('end-to-end-hours'), figure('victim-update-compliance'), figure('call-abandonment', 'not-recorded'), figure('abstraction', 'planned')];

describe('dashboard chart data', () => {
  it('plots only the proportions', () => {
    expect(proportionHeadlines({ headlines }).map((measure) => measure.id)).toEqual(['attendance-grade-1-urban-call-answered', 'victim-update-compliance']);
  });

  it('gives before and after as percentages, gaps where a period has no data', () => {
    const comparison: PerformanceResponse['comparison'] = { date: '2026-02-15', splitAt: '2026-02-15T00:00:00.000Z', rows: [], differences: [difference('attendance-grade-1-urban-call-answered', 1, 0.5), difference('victim-update-compliance', 1 / 3, null)] };
    expect(comparisonChartData({ headlines, comparison })).toEqual({
      labels: ['label attendance-grade-1-urban-call-answered', 'label victim-update-compliance'],
      data: [
        [1, 2],
        [100, 33.3],
        [50, null],
      ],
    });
    expect(comparisonChartData({ headlines, comparison: null })).toBeNull();
  });

  it('gives the trend with Unix-second x values', () => {
    const trend = [
      { from: '2026-02-01T00:00:00.000Z', to: '2026-02-08T00:00:00.000Z', values: [{ id: 'a', value: 0.25, count: 4 }] },
      { from: '2026-02-08T00:00:00.000Z', to: '2026-02-15T00:00:00.000Z', values: [{ id: 'a', value: null, count: 0 }] },
    ];
    expect(trendChartData({ headlines, trend }, ['a'])).toEqual([[1769904000, 1770508800], [25, null]]);
  });
});

describe('validateDashboardSearch', () => {
  it('keeps well-formed dates and a named area, drops the rest', () => {
    expect(validateDashboardSearch({ from: '2026-02-01', to: 'tomorrow', area: ' north ', before: 20260215, extra: 'x' })).toEqual({ from: '2026-02-01', area: 'north' });
  });
});
