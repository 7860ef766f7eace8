/**
 * GET /api/planning/models/:modelId/demand?level&area&from&to: what the demand map and the
 * hour-of-week heat table show — recorded crime (and harm) per LSOA or ward with km² and density,
 * and crimes a week in each hour of the week per area. Computed as `peel demand hotspots` and
 * `peel demand profile --by hour-of-week` compute them (@peel/server/force-analysis). A supervisor
 * sees their area's records only.
 */
import { createDemandQueries, createDemandRepository } from '@peel/db';
import { DomainError } from '@peel/domain';
import { HOURS_PER_WEEK } from '@peel/engine';
import { z } from 'zod';
import { buildProfileReport, modelDemandScope, rankUnits } from '../../force-analysis';
import type { RouteRegistration } from '../peel-server';
import { cached } from './planning-cache';
import { areaInScope, loadPlanningModel } from './planning-model';
import { levelSchema, modelParamsSchema, monthSchema, rankedUnitSchema } from './planning-schemas';

const demandSchema = z.object({
  model: z.string(),
  area: z.string().nullable(),
  level: levelSchema,
  months: z.array(z.string()),
  weeks: z.number(),
  harm: z.object({ name: z.string(), unit: z.string() }),
  totals: z.object({ count: z.number(), harm: z.number(), unplaced: z.number().describe('Crimes in no LSOA/ward') }),
  units: z.array(rankedUnitSchema).describe('Every LSOA or ward with recorded crime, by count'),
  hourOfWeek: z.object({
    byArea: z.array(z.object({ area: z.string().nullable(), perWeek: z.array(z.number()).length(HOURS_PER_WEEK) })),
    total: z.array(z.number()).length(HOURS_PER_WEEK).describe('Crimes a week in each hour of the week (Monday 00:00 first)'),
    source: z.enum(['calls-for-service', 'uniform']),
  }),
  notes: z.array(z.string()),
});

/** Registers GET /api/planning/models/:modelId/demand. */
export const registerPlanningDemand: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models/:modelId/demand',
    {
      schema: {
        summary: 'Demand by LSOA/ward and by hour of week',
        tags: ['planning'],
        params: modelParamsSchema,
        querystring: z.object({
          level: levelSchema.default('lsoa'),
          area: z.string().min(1).max(100).optional().describe("Only this area (default: the caller's area, or the force)"),
          from: monthSchema.optional().describe('First month, YYYY-MM'),
          to: monthSchema.optional().describe('Last month, YYYY-MM'),
        }),
        response: { 200: demandSchema },
      },
    },
    async (request) => {
      const { model, contentHash } = await loadPlanningModel(app, request.params.modelId);
      const { level, from, to } = request.query;
      if (from !== undefined && to !== undefined && from > to) throw new DomainError('VALIDATION', `from: ${from} is after to ${to}`, 'from');
      const areaId = areaInScope(request, model, request.query.area);
      const key = `demand:${model.id}:${contentHash}:${level}:${areaId ?? '*'}:${from ?? ''}:${to ?? ''}`;
      return cached(app, key, async () => {
        const { db } = app.services;
        const queries = createDemandQueries(db);
        const scope = modelDemandScope(model, { areaId, fromMonth: from, toMonth: to });
        const ranked = await rankUnits(queries, { model, scope, level, top: Infinity, byHarm: false });
        const profile = await buildProfileReport(queries, createDemandRepository(db), { model, scope, by: ['hour-of-week'], callsTimeZone: model.timeZone ?? 'Europe/London' });
        const byArea = new Map<string | null, number[]>();
        const total = new Array<number>(HOURS_PER_WEEK).fill(0);
        for (const row of profile.rows) {
          if (row.hourOfWeek === undefined) continue;
          const area = row.area ?? null;
          const perWeek = byArea.get(area) ?? new Array<number>(HOURS_PER_WEEK).fill(0);
          perWeek[row.hourOfWeek] = (perWeek[row.hourOfWeek] ?? 0) + row.perWeek;
          total[row.hourOfWeek] = total[row.hourOfWeek]! + row.perWeek;
          byArea.set(area, perWeek);
        }
        const intensity = profile.method.intensity;
        const notes = [
          intensity.source === 'calls-for-service'
            ? `hour of week: the shape of the ${intensity.calls.toLocaleString('en-GB')} calls for service stored (read in ${intensity.timeZone}), applied to each month's recorded crime`
            : 'hour of week: uniform — no calls for service are stored (import some with `peel import calls` for a daily and weekly shape)',
          `units: recorded crime placed in ${level === 'lsoa' ? 'LSOAs' : 'wards'} on import; km² from the stored boundaries`,
        ];
        if (ranked.unplaced > 0) notes.push(`${ranked.unplaced.toLocaleString('en-GB')} crimes are in no ${level === 'lsoa' ? 'LSOA' : 'ward'} and are not on the map`);
        if (profile.months.length === 0) notes.push(`no recorded crime is stored for model ${model.id}'s areas: import the force's data.police.uk files with \`peel import police-uk <files> --model <model.yaml>\``);
        return {
          model: model.id,
          area: areaId ?? null,
          level,
          months: profile.months,
          weeks: profile.weeks,
          harm: { name: ranked.harm.name, unit: ranked.harm.unit },
          totals: { count: ranked.unitCounts.reduce((sum, row) => sum + row.count, 0), harm: Math.round(ranked.unitCounts.reduce((sum, row) => sum + row.count * ranked.weightOf(row.category), 0)), unplaced: ranked.unplaced },
          units: ranked.units.map(({ cumulativeShare: _, ...unit }) => unit),
          hourOfWeek: { byArea: [...byArea].map(([area, perWeek]) => ({ area, perWeek })), total, source: intensity.source === 'calls-for-service' ? ('calls-for-service' as const) : ('uniform' as const) },
          notes,
        };
      });
    },
  );
};
