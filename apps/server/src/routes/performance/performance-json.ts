/** The measures response: the domain's report with its figures written out and the definitions. */
import type { PerformanceDayWindow, PerformanceReport } from '@peel/domain';
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
    definitions: definitionNotes(report),
  });
}
