/**
 * GET /api/units: the unit board — every unit on duty in the caller's area with its status, how
 * long it has had it, the incident it holds, its last position and what it can do. The crew is
 * given by role, not by name.
 */
import { createOperationsRepositories } from '@peel/db';
import { UNIT_STATUS_TRANSITIONS, type Unit } from '@peel/domain';
import { listScope } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { unitBoardSchema } from './control-room-schemas';

/** Registers GET /api/units. */
export const registerUnitBoard: RouteRegistration = (app) => {
  app.get(
    '/api/units',
    { schema: { summary: 'Units on duty', description: 'Of the caller\'s area, ordered by call sign.', tags: ['dispatch'], response: { 200: unitBoardSchema } } },
    async (request) => {
      const { areaId } = listScope(request);
      const units = await createOperationsRepositories(app.services.db).units.listOnDuty();
      return { units: units.filter((unit) => areaId === undefined || unit.areaId === areaId).map(toBoardUnit) };
    },
  );
};

function toBoardUnit(unit: Unit) {
  return {
    id: unit.id,
    callSign: unit.callSign,
    teamId: unit.teamId,
    teamKind: unit.teamKind,
    areaId: unit.areaId,
    relief: unit.relief ?? null,
    shiftId: unit.shiftId ?? null,
    status: unit.status,
    statusSince: unit.statusSince.toISOString(),
    nextStatuses: UNIT_STATUS_TRANSITIONS[unit.status].filter((status) => status !== 'dispatched'),
    incidentId: unit.incidentId ?? null,
    position: unit.position ? { lat: unit.position.lat, lon: unit.position.lon, at: unit.position.at.toISOString() } : null,
    crewRoles: unit.officers.map((officer) => officer.role),
    capabilities: { roles: [...unit.capabilities.roles], powers: [...unit.capabilities.powers], skills: [...unit.capabilities.skills], officerCount: unit.capabilities.officerCount },
    bookedOnAt: unit.bookedOnAt.toISOString(),
  };
}
