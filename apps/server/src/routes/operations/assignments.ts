/**
 * POST /api/incidents/:id/assignments: dispatch a unit. 201 with the assignment, or 409
 * UNIT_UNAVAILABLE when the unit is not available — decided by the database at commit (a
 * compare-and-set on the unit's status and a unique index on its live assignment), so of any
 * number of simultaneous requests for one unit exactly one succeeds.
 */
import { createOperationsRepositories } from '@peel/db';
import { assignUnitToIncident } from '@peel/domain';
import type { RouteRegistration } from '../peel-server';
import { findIncidentInScope, toDispatchIncident } from './dispatch-view';
import { operationsSetup } from './operations-setup';
import { assignmentSchema, idParams, newAssignmentSchema, toJson } from './operations-schemas';

/** Registers POST /api/incidents/:id/assignments. */
export const registerAssignments: RouteRegistration = (app) => {
  app.post(
    '/api/incidents/:id/assignments',
    {
      schema: {
        summary: 'Dispatch a unit to an incident',
        description: '409 UNIT_UNAVAILABLE when the unit is already committed (the database decides between simultaneous requests).',
        tags: ['dispatch'],
        params: idParams,
        body: newAssignmentSchema,
        response: { 201: assignmentSchema },
      },
    },
    async (request, reply) => {
      const { model } = await operationsSetup(app);
      const { db, clock, events } = app.services;
      const incident = toDispatchIncident(model, await findIncidentInScope(request, db, request.params.id));
      const { unitId, override } = request.body;
      const { assignment, override: overridden } = await assignUnitToIncident(
        { unitId, incident, ...(override ? { override } : {}) },
        { units: createOperationsRepositories(db).units, clock },
      );
      await events.publish(db, { type: 'unit.assigned', entityType: 'incident', entityId: incident.id, areaId: incident.areaId || null, ownerIds: [] });
      return reply.code(201).send({ ...(toJson(assignment) as object), ...(overridden ? { override: toJson(overridden) } : {}) } as never);
    },
  );
};
