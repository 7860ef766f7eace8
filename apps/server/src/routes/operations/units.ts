/**
 * POST /api/units: book a unit on duty from one of the model's teams, in the caller's area scope.
 */
import { createOperationsRepositories } from '@peel/db';
import { createUnit, DomainError } from '@peel/domain';
import { assertRecordAccess } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from './operations-setup';
import { newUnitSchema, toJson, unitSchema } from './operations-schemas';

/** Registers POST /api/units. */
export const registerUnits: RouteRegistration = (app) => {
  app.post(
    '/api/units',
    { schema: { summary: 'Book a unit on duty', tags: ['dispatch'], body: newUnitSchema, response: { 201: unitSchema } } },
    async (request, reply) => {
      const { model } = await operationsSetup(app);
      const { body } = request;
      const team = model.teams.find((candidate) => candidate.id === body.teamId);
      if (!team) throw new DomainError('VALIDATION', `teamId: "${body.teamId}" is not a team of model ${model.id}`, 'teamId');
      // The scope check needs the area before anything is written; createUnit validates it fully.
      const teamAreas = team.areas.includes('all') ? model.geography.areas.map((area) => area.id) : team.areas;
      const areaId = body.areaId ?? (teamAreas.length === 1 ? teamAreas[0] : undefined) ?? null;
      // Without an area createUnit refuses the request (VALIDATION naming areaId) before writing.
      if (areaId !== null) assertRecordAccess(request, { entityType: 'unit', entityId: body.teamId, areaId });
      const { services } = app;
      const { position, ...rest } = body;
      const unit = await createUnit(
        { ...rest, ...(position ? { position: { lat: position.lat, lon: position.lon, ...(position.at ? { at: new Date(position.at) } : {}) } } : {}) },
        { model, units: createOperationsRepositories(services.db).units, clock: services.clock, ids: services.ids },
      );
      await services.events.publish(services.db, { type: 'unit.created', entityType: 'unit', entityId: unit.id, areaId: unit.areaId, ownerIds: [] });
      return reply.code(201).send(toJson(unit) as never);
    },
  );
};
