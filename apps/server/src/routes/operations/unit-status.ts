/**
 * POST /api/units/:id/status: en route, on scene, cleared or stood down (back to available),
 * committed, off duty. The domain's transition table decides (409 INVALID_TRANSITION naming both
 * states); the repository changes the status by compare-and-set (409 CONFLICT if it moved meanwhile).
 * Controllers and supervisors act on units of their area; an officer on the crew on their own unit
 * (the crew's officer ids are the owners).
 */
import { createOperationsRepositories } from '@peel/db';
import { changeUnitStatus, DomainError } from '@peel/domain';
import { z } from 'zod';
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
      const { units } = createOperationsRepositories(db);
      const unit = await units.get(request.params.id);
      if (!unit) throw new DomainError('NOT_FOUND', `unit ${request.params.id} does not exist`, 'id');
      assertRecordAccess(request, { entityType: 'unit', entityId: unit.id, areaId: unit.areaId, ownerIds: unit.officers.map((officer) => officer.officerId) });
      const changed = await changeUnitStatus({ unitId: unit.id, to: request.body.status }, { units, clock });
      await events.publish(db, { type: 'unit.status-changed', entityType: 'unit', entityId: unit.id, areaId: unit.areaId, ownerIds: unit.officers.map((officer) => officer.officerId) });
      return toJson(changed) as never;
    },
  );
};
