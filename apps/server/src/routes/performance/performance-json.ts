/** The measures response: the domain's report with its figures written out and the definitions. */
import { headlines, type PerformanceDayWindow, type PerformanceReport, type PeriodMeasures } from '@peel/domain';
import { toJson } from '../operations/operations-schemas';
import { definitionNotes } from './definitions';
import { comparisonRows, headlineFigures } from './headline-figures';

/** The JSON body of GET /api/performance/measures. */
export function performanceJson(report: PerformanceReport, days: PerformanceDayWindow): unknown {
  return toJson({
    modelId: report.modelId,
    force: report.force,
    from: report.from,
    to: report.to,
    fromDate: days.fromDate,
    toDate: days.toDate,
    areaId: report.areaId,
    computedAt: report.computedAt,
    headlines: headlineFigures(report.measures, report),
    measures: report.measures,
    areas: report.areas.map((area) => ({ ...area, headlines: headlineFigures(area.measures, report) })),
    abstraction: report.abstraction,
    comparison:
      report.comparison === null
        ? null
        : {
            date: days.beforeDate,
            splitAt: report.comparison.splitAt,
            rows: comparisonRows(report.comparison),
            differences: report.comparison.differences,
            before: report.comparison.before,
            after: report.comparison.after,
          },
    trend: report.trend.map((period) => ({ from: period.from, to: period.to, values: headlineValues(period.measures) })),
    definitions: definitionNotes(report),
  });
}

/** Each headline's value (rate or mean) and what it is over, for a trend point. */
function headlineValues(measures: PeriodMeasures): { id: string; value: number | null; count: number }[] {
  return headlines(measures).map((headline) => {
    const picked = headline.pick(measures);
    if (picked === undefined) return { id: headline.id, value: null, count: 0 };
    return 'rate' in picked ? { id: headline.id, value: picked.rate, count: picked.total } : { id: headline.id, value: picked.mean, count: picked.count };
  });
}
