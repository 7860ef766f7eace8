/** Reads one incident with its whole history. */
import type { Incident } from './incident';
import type { IncidentDeps } from './incident-deps';
import { loadIncident } from './load-incident';

/**
 * The incident `incidentId`. It holds personal data: the caller of this function must log the
 * consultation (DPA 2018 s.62) or serve `withoutPersonalData(incident)`.
 * @throws {DomainError} NOT_FOUND (field `incidentId`)
 */
export async function getIncident(deps: Pick<IncidentDeps, 'incidents'>, incidentId: string): Promise<Incident> {
  return loadIncident(deps.incidents, incidentId);
}
