/**
 * The dispatch view of a stored incident (the domain's structural `DispatchIncident`), and the
 * incident lookups with the caller's area scope that the dispatch routes share.
 */
import type { DatabaseHandle, IncidentDispatchFacts } from '@peel/db';
import { createOperationsRepositories, findIncidentDispatchFacts } from '@peel/db';
import { attendanceTargetFor, currentGrade, currentRoute, DomainError, type DispatchIncident, type Incident } from '@peel/domain';
import type { PolicingModel, TeamKind } from '@peel/model';
import type { FastifyRequest } from 'fastify';
import { assertRecordAccess } from '../../authorization/record-access';

/** The incident `id` if it exists and is in the caller's scope; NOT_FOUND / FORBIDDEN otherwise. */
export async function findIncidentInScope(request: FastifyRequest, db: DatabaseHandle['db'], id: string): Promise<Incident> {
  const incident = await createOperationsRepositories(db).incidents.findById(id);
  if (!incident) throw notFound(id);
  assertRecordAccess(request, { entityType: 'incident', entityId: incident.id, areaId: incident.location.areaId });
  return incident;
}

/**
 * The dispatch view of incident `id` if it exists and is in the caller's scope (NOT_FOUND /
 * FORBIDDEN otherwise; INVALID_TRANSITION until graded), read in one statement without its
 * personal data — what recommendations need, and all they need.
 */
export async function findDispatchIncidentInScope(request: FastifyRequest, db: DatabaseHandle['db'], model: PolicingModel, id: string): Promise<DispatchIncident> {
  const facts = await findIncidentDispatchFacts(db, id);
  if (!facts) throw notFound(id);
  assertRecordAccess(request, { entityType: 'incident', entityId: facts.id, areaId: facts.areaId });
  return dispatchIncidentOf(model, facts);
}

function notFound(id: string): DomainError {
  return new DomainError('NOT_FOUND', `incident ${id} does not exist`, 'id');
}

/** What dispatch needs of `incident` (see {@link dispatchIncidentOf}). */
export function toDispatchIncident(model: PolicingModel, incident: Incident): DispatchIncident {
  const grade = currentGrade(incident);
  const route = currentRoute(incident);
  const { lat, lon, areaId, urbanRural } = incident.location;
  return dispatchIncidentOf(model, {
    id: incident.id,
    lat,
    lon,
    areaId,
    urbanRural,
    callAnsweredAt: incident.callAnsweredAt,
    grade: grade && { grade: grade.grade, decidedAt: grade.decidedAt },
    route: route && { roles: route.roles, teamKind: route.teamKind },
  });
}

/**
 * The dispatch view of an incident's facts: its current grade (INVALID_TRANSITION until it is
 * graded — the grade sets the target and the urgency), the place and its class (urban when
 * unknown, the stricter target, as grading assumes), the roles and team kind of the current
 * routing decision.
 */
export function dispatchIncidentOf(model: PolicingModel, incident: IncidentDispatchFacts): DispatchIncident {
  const { grade, route } = incident;
  if (!grade) throw new DomainError('INVALID_TRANSITION', `incident ${incident.id} has not been graded: grade it before dispatching a unit`, 'id');
  const urbanRural = incident.urbanRural ?? 'urban';
  const attendanceTarget = attendanceTargetFor(model, grade.grade, urbanRural);
  return {
    id: incident.id,
    grade: grade.grade,
    location: { lat: incident.lat, lon: incident.lon },
    areaId: incident.areaId ?? '',
    urbanRural,
    requirements: route && route.roles.length > 0 ? { roles: route.roles } : {},
    ...(route?.teamKind ? { preferredTeamKinds: [route.teamKind as TeamKind] } : {}),
    callAnsweredAt: incident.callAnsweredAt,
    gradedAt: grade.decidedAt,
    ...(attendanceTarget ? { attendanceTarget } : {}),
  };
}
