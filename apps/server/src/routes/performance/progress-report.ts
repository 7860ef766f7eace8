/** GET /api/performance/report.pdf: the progress report of the same window, area and comparison as the measures. */
import type { RouteRegistration } from '../peel-server';
import { loadPerformanceReport, performanceQuerySchema } from './performance-request';
import { renderProgressReport } from './progress-report-pdf';

/** Registers GET /api/performance/report.pdf. */
export const registerProgressReport: RouteRegistration = (app) => {
  app.get(
    '/api/performance/report.pdf',
    {
      schema: {
        summary: 'The performance progress report (PDF): headline figures, before/after, per area, definitions',
        tags: ['performance'],
        querystring: performanceQuerySchema,
        produces: ['application/pdf'],
      },
    },
    async (request, reply) => {
      const { report, days } = await loadPerformanceReport(app, request, request.query);
      const pdf = await renderProgressReport(report, days);
      const name = `peel-progress-report-${report.modelId}-${report.areaId ?? 'force'}-${days.fromDate}-to-${days.toDate}.pdf`;
      return reply.type('application/pdf').header('content-disposition', `attachment; filename="${name}"`).send(pdf);
    },
  );
};
