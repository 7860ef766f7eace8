/**
 * POST /api/units/:id/status: en route, on scene, cleared or stood down (back to available),
 * committed, off duty. The domain's transition table decides (409 INVALID_TRANSITION naming both
 * states); the repository changes the status by compare-and-set (409 CONFLICT if it moved meanwhile).
 * Controllers and supervisors act on units of their area; an officer on the crew on their own unit
 * (the crew's officer ids are the owners). A change that moves the unit's assignment (en route, on
 * scene, cleared, stood down) is appended to the incident's timeline in the same transaction.
 */
import { createOperationsRepositories } from '@peel/db';
import { changeUnitStatus, DomainError, recordAssignmentStage } from '@peel/domain';
import { z } from 'zod';
import { callerOf } from '../../authorization/caller';
import { assertRecordAccess } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { idParams, toJson } from './operations-schemas';

const statusBody = z.object({ status: z.enum(['available', 'en-route', 'on-scene', 'committed', 'off-duty']) });
const statusResponse = z.looseObject({ unitId: z.string(), from: z.string(), to: z.string(), at: z.string(), assignment: z.record(z.string(), z.unknown()).optional() });

/** Registers POST /api/units/:id/status. */
export const registerUnitStatus: RouteRegistration = (app) => {
  app.post(
    '/api/units/:id/status',
    { schema: { summary: 'Change a unit\'s status', tags: ['dispatch'], params: idParams, body: statusBody, response: { 200: statusResponse } } },
    async (request) => {
      const { db, clock, events } = app.services;
      const unit = await createOperationsRepositories(db).units.get(request.params.id);
      if (!unit) throw new DomainError('NOT_FOUND', `unit ${request.params.id} does not exist`, 'id');
      const crew = unit.officers.map((officer) => officer.officerId);
      assertRecordAccess(request, { entityType: 'unit', entityId: unit.id, areaId: unit.areaId, ownerIds: crew });
      const { principal } = callerOf(request);
      // The status change and its step on the incident's timeline commit together, or neither does.
      const changed = await db.transaction(async (tx) => {
        const { units, incidents } = createOperationsRepositories(tx);
        const result = await changeUnitStatus({ unitId: unit.id, to: request.body.status }, { units, clock });
        const { assignment } = result;
        if (assignment) {
          const stage = assignment.endReason ?? (result.to === 'on-scene' ? 'on-scene' : 'en-route');
          await recordAssignmentStage({ incidents }, { incidentId: assignment.incidentId, stage, assignmentId: assignment.id, unitId: unit.id, callSign: unit.callSign, at: result.at, by: principal.id });
        }
        await events.publish(tx, { type: 'unit.status-changed', entityType: 'unit', entityId: unit.id, areaId: unit.areaId, ownerIds: crew, data: { status: result.to } });
        return result;
      });
      return toJson(changed) as never;
    },
  );
};
