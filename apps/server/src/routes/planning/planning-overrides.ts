/**
 * Professional judgement on the plan ("data + professional judgement = resource allocation",
 * Wiltshire), stored with who, when and why by the plan-override repository (append-only: an
 * override is withdrawn, never edited or deleted):
 *  - GET  /api/planning/models/:modelId/overrides?scenario&includeWithdrawn
 *  - POST /api/planning/models/:modelId/overrides { scenario?, area?, team?, role, delta, reason } → 201
 *  - POST /api/planning/models/:modelId/overrides/:overrideId/withdraw { reason }
 * A new override is tried on the plan before it is stored, so one the model cannot take (an
 * unknown team, a role the team lacks, posts below zero) is refused naming the field. A supervisor
 * may change cells of teams serving only their area; force-wide and multi-area teams need a
 * force-wide planner.
 */
import { createPlanOverrideRepository } from '@peel/db';
import { DomainError, type StoredPlanOverride } from '@peel/domain';
import type { PolicingModel } from '@peel/model';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { assertRecordAccess, isRecordVisible } from '../../authorization/record-access';
import { callerOf } from '../../authorization/caller';
import type { RouteRegistration } from '../peel-server';
import { storedOverrideJson, storedOverrideSchema } from './plan-schemas';
import { servePlan } from './plan-service';
import { loadPlanningModel, modelUnderScenario } from './planning-model';
import { methodSchema, modelParamsSchema, scenarioSchema } from './planning-schemas';

const reasonSchema = z.string().trim().min(10, { error: 'give the reason (at least 10 characters)' }).max(2000);

/** The one area a team's override belongs to, or null when the team is force-wide or serves several areas (force-wide planners only). */
export function overrideArea(model: PolicingModel, override: { teamId: string | null; areaId: string | null }): string | null {
  if (override.teamId === null) return override.areaId;
  const team = model.teams.find((candidate) => candidate.id === override.teamId);
  if (!team || team.areas.includes('all') || team.areas.length !== 1) return null;
  return team.areas[0]!;
}

function assertOverrideAccess(request: FastifyRequest, model: PolicingModel, override: { id?: number; teamId: string | null; areaId: string | null }): void {
  assertRecordAccess(request, { entityType: 'plan-override', entityId: String(override.id ?? 'new'), areaId: overrideArea(model, override) });
}

/** Registers the override routes. */
export const registerPlanningOverrides: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models/:modelId/overrides',
    {
      schema: {
        summary: 'Overrides of the plan with who, when and why (and withdrawals)',
        tags: ['planning'],
        params: modelParamsSchema,
        querystring: z.object({ scenario: scenarioSchema, includeWithdrawn: z.enum(['true', 'false']).default('false') }),
        response: { 200: z.object({ overrides: z.array(storedOverrideSchema) }) },
      },
    },
    async (request) => {
      const { model } = await loadPlanningModel(app, request.params.modelId);
      const rows = await createPlanOverrideRepository(app.services.db).list({ modelId: model.id, scenarioId: request.query.scenario ?? null, includeWithdrawn: request.query.includeWithdrawn === 'true' });
      return { overrides: rows.filter((row) => isRecordVisible(request, { areaId: overrideArea(model, row) })).map(storedOverrideJson) };
    },
  );

  app.post(
    '/api/planning/models/:modelId/overrides',
    {
      schema: {
        summary: 'Override the plan: ± posts to a team\'s role, with the reason',
        description: 'Tried on the plan first: an override the model cannot take is refused (400) naming the field. 201 with the stored override and the cell it changed.',
        tags: ['planning'],
        params: modelParamsSchema,
        body: z.object({
          scenario: scenarioSchema,
          method: methodSchema,
          area: z.string().min(1).max(100).optional().describe('The area; with role, names the cell where one team has the role there'),
          team: z.string().min(1).max(100).optional().describe('The team (required where several teams have the role in the area)'),
          role: z.string().min(1).max(50),
          delta: z.number().int().min(-10_000).max(10_000).refine((value) => value !== 0, { error: 'expected a whole number of posts other than 0' }),
          reason: reasonSchema,
        }),
        response: {
          201: z.object({ override: storedOverrideSchema, cell: z.string(), algorithm: z.number(), final: z.number(), effect: z.object({ kind: z.string(), before: z.number().nullable(), after: z.number().nullable() }) }),
        },
      },
    },
    async (request, reply) => {
      const stored = await loadPlanningModel(app, request.params.modelId);
      const { scenario = null, method, area, team, role, delta, reason } = request.body;
      if (area === undefined && team === undefined) throw new DomainError('VALIDATION', 'team: give a team, or an area where one team has the role', 'team');
      const { username } = callerOf(request).principal;
      const model = modelUnderScenario(stored.model, scenario);
      const tried = await servePlan(app, { stored, scenario, method, extra: { ...(area === undefined ? {} : { area }), ...(team === undefined ? {} : { team }), role, delta, who: username, why: reason } });
      const result = tried.plan.overrides[tried.plan.overrides.length - 1]!;
      const cell = tried.plan.cells.find((candidate) => candidate.key === result.cell)!;
      const teamId = team ?? cell.team;
      assertOverrideAccess(request, model, { teamId, areaId: area ?? null });
      const saved = await createPlanOverrideRepository(app.services.db).add({ modelId: stored.model.id, scenarioId: scenario, areaId: area ?? null, teamId, role, delta, reason, createdBy: username });
      return reply.code(201).send({ override: storedOverrideJson(saved), cell: result.cell, algorithm: result.algorithm, final: result.final, effect: result.effect });
    },
  );

  app.post(
    '/api/planning/models/:modelId/overrides/:overrideId/withdraw',
    {
      schema: {
        summary: 'Withdraw an override (it stays on record with who withdrew it and why)',
        tags: ['planning'],
        params: modelParamsSchema.extend({ overrideId: z.coerce.number().int().positive() }),
        body: z.object({ reason: reasonSchema }),
        response: { 200: z.object({ override: storedOverrideSchema }) },
      },
    },
    async (request) => {
      const { model } = await loadPlanningModel(app, request.params.modelId);
      const repository = createPlanOverrideRepository(app.services.db);
      const existing: StoredPlanOverride | undefined = (await repository.list({ modelId: model.id, includeWithdrawn: true })).find((row) => row.id === request.params.overrideId);
      if (!existing) throw new DomainError('NOT_FOUND', `overrideId: model ${model.id} has no override ${request.params.overrideId}`, 'overrideId');
      assertOverrideAccess(request, model, existing);
      const withdrawn = await repository.withdraw({ id: existing.id, by: callerOf(request).principal.username, reason: request.body.reason });
      return { override: storedOverrideJson(withdrawn) };
    },
  );
};
