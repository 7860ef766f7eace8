/**
 * GET /api/planning/models/:modelId/compare?base&other&method: two scenarios' plans side by side
 * (e.g. North Yorkshire before and after the precept uplift; abstraction at 40 % rather than
 * 50 %) — per cell, line, response team and constraint, each plan's figure and the change — by
 * the engine's `comparePlans`. `base`/`other` name scenarios; leave one out for the model as
 * written. The simulator's KPIs of each come from POST …/simulations. A supervisor sees their area.
 */
import { comparePlans } from '@peel/engine';
import { DomainError } from '@peel/domain';
import { z } from 'zod';
import { listScope } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { planInArea } from './plan-in-area';
import { servePlan } from './plan-service';
import { loadPlanningModel } from './planning-model';
import { methodSchema, modelParamsSchema, scenarioSchema } from './planning-schemas';

const side = <T extends z.ZodType>(schema: T) => z.object({ base: schema.nullable(), other: schema.nullable() });

const comparisonSchema = z.object({
  model: z.object({ id: z.string(), force: z.string() }),
  base: z.object({ scenario: z.string().nullable(), method: z.string() }),
  other: z.object({ scenario: z.string().nullable(), method: z.string() }),
  cells: z.array(z.object({ key: z.string(), team: z.string(), role: z.string(), areas: z.array(z.string()), change: z.number() }).extend(side(z.number()).shape)),
  lines: z.array(z.object({ id: z.string(), change: z.number() }).extend(side(z.object({ establishment: z.number(), final: z.number(), required: z.number().nullable() })).shape)),
  response: z.array(z.object({ cell: z.string(), areas: z.array(z.string()) }).extend(side(z.object({ posts: z.number(), requiredPosts: z.number().nullable(), compliance: z.number().nullable() })).shape)),
  constraints: z.array(z.object({ id: z.string(), kind: z.string(), description: z.string() }).extend(side(z.object({ required: z.number(), final: z.number(), met: z.boolean() })).shape)),
  warnings: z.object({ base: z.array(z.string()), other: z.array(z.string()) }),
});

/** Registers GET /api/planning/models/:modelId/compare. */
export const registerPlanningCompare: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models/:modelId/compare',
    {
      schema: {
        summary: "Two scenarios' plans side by side",
        tags: ['planning'],
        params: modelParamsSchema,
        querystring: z.object({ base: scenarioSchema.describe('The base scenario (default: the model as written)'), other: scenarioSchema.describe('The scenario compared with it (default: the model as written)'), method: methodSchema }),
        response: { 200: comparisonSchema },
      },
    },
    async (request) => {
      const stored = await loadPlanningModel(app, request.params.modelId);
      const { base = null, other = null, method } = request.query;
      if (base === other) throw new DomainError('VALIDATION', 'other: choose a scenario other than the base', 'other');
      const areaId = listScope(request).areaId;
      const [first, second] = [await servePlan(app, { stored, scenario: base, method }), await servePlan(app, { stored, scenario: other, method })];
      return comparePlans(planInArea(first.plan, areaId), planInArea(second.plan, areaId));
    },
  );
};
