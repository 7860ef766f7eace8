/**
 * POST /api/incidents/:id/assignments: dispatch a unit. 201 with the assignment, or 409
 * UNIT_UNAVAILABLE when the unit is not available — decided by the database at commit (a
 * compare-and-set on the unit's status and a unique index on its live assignment), so of any
 * number of simultaneous requests for one unit exactly one succeeds. The dispatch is appended to
 * the incident's timeline (an `assignment` event, stage `dispatched`) in the same transaction.
 */
import { createOperationsRepositories } from '@peel/db';
import { assignUnitToIncident, recordAssignmentStage } from '@peel/domain';
import { callerOf } from '../../authorization/caller';
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
      const { principal } = callerOf(request);
      // The assignment and its step on the incident's timeline commit together, or neither does.
      const { assignment, override: overridden } = await db.transaction(async (tx) => {
        const { units, incidents } = createOperationsRepositories(tx);
        const assigned = await assignUnitToIncident({ unitId, incident, ...(override ? { override } : {}) }, { units, clock });
        const unit = await units.get(unitId);
        if (!unit) throw new Error(`unit ${unitId} was assigned but cannot be read back`);
        const { callSign } = unit;
        await recordAssignmentStage(
          { incidents },
          {
            incidentId: incident.id,
            stage: 'dispatched',
            assignmentId: assigned.assignment.id,
            unitId,
            callSign,
            at: assigned.assignment.dispatchedAt,
            by: principal.id,
            ...(assigned.override ? { override: { reason: assigned.override.reason, unmet: assigned.override.unmet.map((unmet) => unmet.text) } } : {}),
          },
        );
        await events.publish(tx, { type: 'unit.assigned', entityType: 'incident', entityId: incident.id, areaId: incident.areaId || null, ownerIds: [], data: { unitId, callSign } });
        return assigned;
      });
      return reply.code(201).send({ ...(toJson(assignment) as object), ...(overridden ? { override: toJson(overridden) } : {}) } as never);
    },
  );
};
