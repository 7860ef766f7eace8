/** Fetches an incident for a change, checking the version the caller saw when one is given. */
import { DomainError } from '../shared/domain-error';
import type { Incident } from './incident';
import type { IncidentRepository } from './ports/incident-repository';
import { requireText } from './validate-input';

/**
 * The incident `incidentId`.
 * @throws {DomainError} NOT_FOUND (field `incidentId`); CONFLICT (field `expectedVersion`) when
 *   `expectedVersion` is given and the incident has changed since
 */
export async function loadIncident(incidents: IncidentRepository, incidentId: string, expectedVersion?: number): Promise<Incident> {
  const id = requireText(incidentId, 'incidentId');
  const incident = await incidents.findById(id);
  if (incident === null) throw new DomainError('NOT_FOUND', `incident ${id} not found`, 'incidentId');
  if (expectedVersion !== undefined && expectedVersion !== incident.version) {
    throw new DomainError('CONFLICT', `incident ${id} is at version ${incident.version}, not ${expectedVersion}: it changed since it was read`, 'expectedVersion');
  }
  return incident;
}
