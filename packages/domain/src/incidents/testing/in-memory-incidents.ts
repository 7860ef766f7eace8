/**
 * In-memory implementations of {@link IncidentRepository} and {@link IncidentHistory} over one
 * map, for domain tests and for wiring the server without a database. They follow the port
 * contracts exactly (NOT_FOUND, CONFLICT on a stale version or a reused id, append-only) and store
 * deep copies, so no caller can change stored history by mutating an object it holds.
 */
import { DomainError } from '../../shared/domain-error';
import { distanceMetres } from '../distance-metres';
import type { Incident } from '../incident';
import { normaliseName, normalisePhone } from '../personal-data';
import type { IncidentHistory, LocationHistoryQuery, PastIncident, PersonHistoryQuery } from '../ports/incident-history';
import type { IncidentAppend, IncidentRepository } from '../ports/incident-repository';

/** One store that is both the repository and the history. */
export interface InMemoryIncidents extends IncidentRepository, IncidentHistory {
  /** Every stored incident (copies), in insertion order. */
  all(): Incident[];
}

/** A new, empty in-memory incident store. */
export function createInMemoryIncidents(): InMemoryIncidents {
  const store = new Map<string, Incident>();

  /** The stored incident the change follows on from; NOT_FOUND or CONFLICT as the port says. */
  const followed = (change: { incidentId: string; expectedVersion: number; event: { sequence: number } }): Incident => {
    const stored = store.get(change.incidentId);
    if (stored === undefined) throw new DomainError('NOT_FOUND', `incident ${change.incidentId} not found`, 'incidentId');
    if (stored.version !== change.expectedVersion) {
      throw new DomainError('CONFLICT', `incident ${change.incidentId} is at version ${stored.version}, not ${change.expectedVersion}`, 'version');
    }
    if (change.event.sequence !== stored.version + 1) {
      throw new DomainError('CONFLICT', `event sequence ${change.event.sequence} does not follow version ${stored.version}`, 'version');
    }
    return stored;
  };
  const append = <K extends 'assessments' | 'grades' | 'routes'>(key: K, change: IncidentAppend<Incident[K][number]>): void => {
    const stored = followed(change);
    store.set(change.incidentId, {
      ...stored,
      [key]: [...stored[key], structuredClone(change.record)],
      timeline: [...stored.timeline, structuredClone(change.event)],
      version: change.event.sequence,
    });
  };

  const past = (incident: Incident): PastIncident => ({
    id: incident.id,
    createdAt: new Date(incident.createdAt),
    incidentTypeCode: incident.incidentType.code,
    demandTypeId: incident.demandTypeId,
    lat: incident.location.lat,
    lon: incident.location.lon,
  });
  const inWindow = (incident: Incident, query: PersonHistoryQuery | LocationHistoryQuery) =>
    incident.id !== query.excludeIncidentId && incident.createdAt.getTime() >= query.since.getTime() && incident.createdAt.getTime() <= query.until.getTime();
  const newestFirst = (a: PastIncident, b: PastIncident) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id);

  return {
    async create(incident) {
      if (store.has(incident.id)) throw new DomainError('CONFLICT', `incident ${incident.id} already exists`, 'id');
      if (incident.version !== 1 || incident.timeline.length !== 1 || incident.timeline[0]?.type !== 'created') {
        throw new DomainError('CONFLICT', `a new incident must be at version 1 with only its created event`, 'version');
      }
      store.set(incident.id, structuredClone(incident));
    },
    async findById(id) {
      const stored = store.get(id);
      return stored === undefined ? null : structuredClone(stored);
    },
    async appendAssessment(change) {
      append('assessments', change);
    },
    async appendGradeDecision(change) {
      append('grades', change);
    },
    async appendRoutingDecision(change) {
      append('routes', change);
    },
    async appendAssignmentEvent(change) {
      if (change.event.type !== 'assignment') throw new TypeError(`incident ${change.incidentId}: a '${(change.event as { type: string }).type}' event is not an assignment event`);
      const stored = followed(change);
      store.set(change.incidentId, { ...stored, timeline: [...stored.timeline, structuredClone(change.event)], version: change.event.sequence });
    },
    async findByPerson(query) {
      const matches = (incident: Incident) =>
        [incident.caller, incident.victim].some((person) => {
          if (person === null) return false;
          const phone = person.phone === null ? null : normalisePhone(person.phone);
          const name = person.name === null ? null : normaliseName(person.name);
          return (phone !== null && query.phones.includes(phone)) || (name !== null && query.names.includes(name));
        });
      return [...store.values()].filter((incident) => inWindow(incident, query) && matches(incident)).map(past).sort(newestFirst);
    },
    async findNear(query) {
      const centre = { lat: query.lat, lon: query.lon };
      return [...store.values()]
        .filter((incident) => inWindow(incident, query) && distanceMetres(centre, incident.location) <= query.radiusMetres)
        .map(past)
        .sort(newestFirst);
    },
    all() {
      return [...store.values()].map((incident) => structuredClone(incident));
    },
  };
}
