/**
 * The decisions on an incident, each appended to its timeline (nothing is changed in place):
 * POST /api/incidents/:id/assessments (THRIVE+, with the repeat checks and the suggested grade),
 * /grade (confirm or override the suggestion; an override or a regrade needs a reason) and
 * /route (the model's routing rules, Right Care, Right Person). Each answers with the decision and
 * the incident's new version — not the incident, whose caller details would make it a consultation.
 */
import { createOperationsRepositories } from '@peel/db';
import { assessIncident, gradeIncident, routeIncident, THRIVE_FACTORS, type IncidentDeps } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import { callerOf } from '../../authorization/caller';
import type { PeelServer, RouteRegistration } from '../peel-server';
import { findIncidentInScope } from './dispatch-view';
import { operationsSetup } from './operations-setup';
import { idParams, toJson } from './operations-schemas';

const expectedVersion = z.number().int().min(1).optional().describe('The version the user saw; 409 CONFLICT if the incident changed since');
const factor = z.object({ rating: z.enum(['none', 'low', 'medium', 'high']), rationale: z.string().min(1).max(2000) });
const assessmentBody = z.object({ factors: z.object(Object.fromEntries(THRIVE_FACTORS.map((name) => [name, factor])) as Record<(typeof THRIVE_FACTORS)[number], typeof factor>), expectedVersion });
const gradeBody = z.object({ grade: z.number().int().min(1), reason: z.string().min(1).max(2000).nullish(), expectedVersion });
const routeBody = z.object({ expectedVersion });
const decisionResponse = (name: string) => z.object({ incidentId: z.string(), version: z.number().int(), [name]: z.record(z.string(), z.unknown()) });

/** Runs `decide` with the incident deps on one transaction after the scope check, and publishes the change in it. */
async function decide<T extends { incident: { id: string; version: number; location: { areaId: string | null } } }>(
  app: PeelServer,
  request: FastifyRequest,
  incidentId: string,
  eventType: string,
  decideWith: (deps: IncidentDeps, by: string) => Promise<T>,
): Promise<T> {
  const { model, locations } = await operationsSetup(app);
  const { services } = app;
  await findIncidentInScope(request, services.db, incidentId);
  const { principal } = callerOf(request);
  return services.db.transaction(async (tx) => {
    const { incidents, history } = createOperationsRepositories(tx);
    const result = await decideWith({ model, incidents, history, locations, clock: services.clock, ids: services.ids }, principal.id);
    await services.events.publish(tx, { type: eventType, entityType: 'incident', entityId: result.incident.id, areaId: result.incident.location.areaId, ownerIds: [] });
    return result;
  });
}

/** Registers the assessment, grading and routing routes. */
export const registerIncidentDecisions: RouteRegistration = (app) => {
  app.post(
    '/api/incidents/:id/assessments',
    { schema: { summary: 'Record a THRIVE+ assessment', tags: ['incidents'], params: idParams, body: assessmentBody, response: { 201: decisionResponse('assessment') } } },
    async (request, reply) => {
      const { incident, assessment } = await decide(app, request, request.params.id, 'incident.assessed', (deps, by) =>
        assessIncident(deps, { incidentId: request.params.id, assessedBy: by, factors: request.body.factors, ...(request.body.expectedVersion ? { expectedVersion: request.body.expectedVersion } : {}) }),
      );
      return reply.code(201).send({ incidentId: incident.id, version: incident.version, assessment: toJson(assessment) as Record<string, unknown> });
    },
  );

  app.post(
    '/api/incidents/:id/grade',
    { schema: { summary: 'Grade an incident (confirm or override the suggestion)', tags: ['incidents'], params: idParams, body: gradeBody, response: { 201: decisionResponse('decision') } } },
    async (request, reply) => {
      const { body } = request;
      const { incident, decision } = await decide(app, request, request.params.id, 'incident.graded', (deps, by) =>
        gradeIncident(deps, { incidentId: request.params.id, grade: body.grade, decidedBy: by, reason: body.reason ?? null, ...(body.expectedVersion ? { expectedVersion: body.expectedVersion } : {}) }),
      );
      return reply.code(201).send({ incidentId: incident.id, version: incident.version, decision: toJson(decision) as Record<string, unknown> });
    },
  );

  app.post(
    '/api/incidents/:id/route',
    { schema: { summary: 'Route an incident by the model\'s rules', tags: ['incidents'], params: idParams, body: routeBody, response: { 201: decisionResponse('decision') } } },
    async (request, reply) => {
      const { incident, decision } = await decide(app, request, request.params.id, 'incident.routed', (deps, by) =>
        routeIncident(deps, { incidentId: request.params.id, routedBy: by, ...(request.body.expectedVersion ? { expectedVersion: request.body.expectedVersion } : {}) }),
      );
      return reply.code(201).send({ incidentId: incident.id, version: incident.version, decision: toJson(decision) as Record<string, unknown> });
    },
  );
};
