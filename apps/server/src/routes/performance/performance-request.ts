/**
 * The query string the performance routes share (`from`, `to`, `area`, `before`), and the report
 * it asks for: the model's window of London days, limited to the caller's area when their scope
 * is an area (asking for another area is FORBIDDEN).
 */
import { createPerformanceQueries } from '@peel/db';
import { measurePerformance, performanceWindowOfDays, type PerformanceDayWindow, type PerformanceReport } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertRecordAccess, listScope } from '../../authorization/record-access';
import { operationsSetup } from '../operations';
import type { PeelServer } from '../peel-server';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date YYYY-MM-DD' });

/** `?from&to&area&before`. */
export const performanceQuerySchema = z.object({
  from: day.optional().describe('First day of the window (London), YYYY-MM-DD; default: 27 days before `to`'),
  to: day.optional().describe('Last day of the window (London), included; default: today'),
  area: z.string().min(1).max(100).optional().describe("An area of the model; default: the caller's area, or the whole force"),
  before: day.optional().describe('Compare the days before this one with it and the days after (it must fall inside the window)'),
});

/** The parsed query. */
export type PerformanceQuery = z.infer<typeof performanceQuerySchema>;

/** The report the query asks for, with the days it covers. */
export async function loadPerformanceReport(app: PeelServer, request: FastifyRequest, query: PerformanceQuery): Promise<{ report: PerformanceReport; days: PerformanceDayWindow }> {
  const { model } = await operationsSetup(app);
  const scopedArea = listScope(request).areaId;
  const areaId = query.area ?? scopedArea;
  if (areaId !== undefined) assertRecordAccess(request, { entityType: 'performance', entityId: areaId, areaId });
  const { clock, db } = app.services;
  const days = performanceWindowOfDays(query, clock.now());
  const report = await measurePerformance(
    { queries: createPerformanceQueries(db), model, clock },
    { from: days.from, to: days.to, ...(areaId === undefined ? {} : { areaId }), ...(days.splitAt === undefined ? {} : { splitAt: days.splitAt }) },
  );
  return { report, days };
}
