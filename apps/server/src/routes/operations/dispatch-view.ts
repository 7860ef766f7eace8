/**
 * The dispatch view of a stored incident (the domain's structural `DispatchIncident`), and the
 * incident lookup with the caller's area scope that the dispatch routes share.
 */
import type { DatabaseHandle } from '@peel/db';
import { createOperationsRepositories } from '@peel/db';
import { attendanceTargetFor, currentGrade, currentRoute, DomainError, type DispatchIncident, type Incident } from '@peel/domain';
import type { PolicingModel, TeamKind } from '@peel/model';
import type { FastifyRequest } from 'fastify';
import { assertRecordAccess } from '../../authorization/record-access';

/** The incident `id` if it exists and is in the caller's scope; NOT_FOUND / FORBIDDEN otherwise. */
export async function findIncidentInScope(request: FastifyRequest, db: DatabaseHandle['db'], id: string): Promise<Incident> {
  const incident = await createOperationsRepositories(db).incidents.findById(id);
  if (!incident) throw new DomainError('NOT_FOUND', `incident ${id} does not exist`, 'id');
  assertRecordAccess(request, { entityType: 'incident', entityId: incident.id, areaId: incident.location.areaId });
  return incident;
}

/**
 * What dispatch needs of `incident`: its current grade (INVALID_TRANSITION until it is graded —
 * the grade sets the target and the urgency), the place and its class (urban when unknown, the
 * stricter target, as grading assumes), the roles and team kind of the current routing decision.
 */
export function toDispatchIncident(model: PolicingModel, incident: Incident): DispatchIncident {
  const grade = currentGrade(incident);
  if (!grade) throw new DomainError('INVALID_TRANSITION', `incident ${incident.id} has not been graded: grade it before dispatching a unit`, 'id');
  const route = currentRoute(incident);
  const urbanRural = incident.location.urbanRural ?? 'urban';
  const attendanceTarget = attendanceTargetFor(model, grade.grade, urbanRural);
  return {
    id: incident.id,
    grade: grade.grade,
    location: { lat: incident.location.lat, lon: incident.location.lon },
    areaId: incident.location.areaId ?? '',
    urbanRural,
    requirements: route && route.roles.length > 0 ? { roles: route.roles } : {},
    ...(route?.teamKind ? { preferredTeamKinds: [route.teamKind as TeamKind] } : {}),
    callAnsweredAt: incident.callAnsweredAt,
    gradedAt: grade.decidedAt,
    ...(attendanceTarget ? { attendanceTarget } : {}),
  };
}
