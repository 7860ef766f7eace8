/**
 * GET /api/planning/models/:modelId/hotspots?level&top&by&area&from&to: the top LSOAs or wards by
 * crime count or harm, the densest cells of a quartic kernel density surface, and the Prediction
 * Accuracy Index on the latest month (fitted on the months before it) — `peel demand hotspots`
 * through the same module. A supervisor sees their area's records only.
 */
import { createDemandQueries } from '@peel/db';
import { DomainError } from '@peel/domain';
import { z } from 'zod';
import { buildHotspotsReport, modelDemandScope } from '../../force-analysis';
import type { RouteRegistration } from '../peel-server';
import { cached } from './planning-cache';
import { areaInScope, loadPlanningModel } from './planning-model';
import { levelSchema, modelParamsSchema, monthSchema, rankedUnitSchema } from './planning-schemas';

const paiSchema = z.object({
  pai: z.number().nullable(),
  hits: z.number(),
  totalHits: z.number(),
  hotspotAreaKm2: z.number(),
  totalAreaKm2: z.number(),
  hitRate: z.number().nullable(),
  areaShare: z.number(),
  hotspotUnits: z.number(),
});

const hotspotsSchema = z.object({
  level: levelSchema,
  rankedBy: z.enum(['count', 'harm']),
  model: z.string().nullable(),
  area: z.string().nullable(),
  months: z.array(z.string()),
  harm: z.object({ name: z.string(), unit: z.string() }),
  totals: z.object({ count: z.number(), harm: z.number(), units: z.number(), unitsWithBoundary: z.number(), unplaced: z.number(), points: z.number() }),
  hotspots: z.array(rankedUnitSchema.extend({ cumulativeShare: z.number() })),
  kde: z
    .object({
      kernel: z.string(),
      bandwidthMetres: z.number(),
      cellSizeMetres: z.number(),
      topCells: z.array(z.object({ cell: z.number().int(), lon: z.number(), lat: z.number(), expected: z.number(), perKm2: z.number() })),
    })
    .nullable(),
  pai: z.object({
    holdoutMonth: z.string().nullable(),
    fitMonths: z.array(z.string()),
    areaFraction: z.number(),
    weightedBy: z.enum(['count', 'harm']),
    grid: paiSchema.nullable(),
    units: z.union([paiSchema.extend({ crimesWithoutBoundary: z.number() }), z.object({ pai: z.null(), reason: z.string(), crimesWithoutBoundary: z.number() })]).nullable(),
    reason: z.string().optional(),
  }),
});

/** Registers GET /api/planning/models/:modelId/hotspots. */
export const registerPlanningHotspots: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models/:modelId/hotspots',
    {
      schema: {
        summary: 'Hotspots: top LSOAs or wards by count or harm, kernel density, Prediction Accuracy Index',
        tags: ['planning'],
        params: modelParamsSchema,
        querystring: z.object({
          level: levelSchema.default('lsoa'),
          top: z.coerce.number().int().min(1).max(100).default(20),
          by: z.enum(['count', 'harm']).default('count'),
          area: z.string().min(1).max(100).optional(),
          from: monthSchema.optional(),
          to: monthSchema.optional(),
        }),
        response: { 200: hotspotsSchema },
      },
    },
    async (request) => {
      const { model, contentHash } = await loadPlanningModel(app, request.params.modelId);
      const { level, top, by, from, to } = request.query;
      if (from !== undefined && to !== undefined && from > to) throw new DomainError('VALIDATION', `from: ${from} is after to ${to}`, 'from');
      const areaId = areaInScope(request, model, request.query.area);
      const key = `hotspots:${model.id}:${contentHash}:${level}:${top}:${by}:${areaId ?? '*'}:${from ?? ''}:${to ?? ''}`;
      return cached(app, key, () =>
        buildHotspotsReport(createDemandQueries(app.services.db), {
          model,
          scope: modelDemandScope(model, { areaId, fromMonth: from, toMonth: to }),
          level,
          top,
          byHarm: by === 'harm',
          areaFraction: 0.05,
          bandwidthMetres: 500,
          cellSizeMetres: 250,
        }),
      );
    },
  );
};
