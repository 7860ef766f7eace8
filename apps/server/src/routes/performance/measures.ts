/** GET /api/performance/measures: the seeds' measures for a window, per area, and before/after a day. */
import type { RouteRegistration } from '../peel-server';
import { performanceJson } from './performance-json';
import { loadPerformanceReport, performanceQuerySchema } from './performance-request';
import { performanceResponseSchema } from './performance-schemas';

/** Registers GET /api/performance/measures. */
export const registerPerformanceMeasures: RouteRegistration = (app) => {
  app.get(
    '/api/performance/measures',
    {
      schema: {
        summary: 'Performance measures with 95 % intervals, per area, and before/after a chosen day',
        tags: ['performance'],
        querystring: performanceQuerySchema,
        response: { 200: performanceResponseSchema },
      },
    },
    async (request) => {
      const { report, days } = await loadPerformanceReport(app, request, request.query);
      return performanceJson(report, days) as never;
    },
  );
};
