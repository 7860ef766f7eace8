/**
 * Past incidents, for the THRIVE+ repeat-victim and repeat-location checks. Adapters answer from
 * the same store as the incident repository (with indexes on the person keys, time and position).
 */
import type { NsirCode } from '../nsir';

/** What a repeat check needs to know of an earlier incident. */
export interface PastIncident {
  readonly id: string;
  readonly createdAt: Date;
  readonly incidentTypeCode: NsirCode;
  readonly demandTypeId: string;
  readonly lat: number;
  readonly lon: number;
}

/** The time window of a history query: `since <= createdAt <= until`. */
export interface HistoryWindow {
  readonly since: Date;
  readonly until: Date;
  /** The incident being assessed, which never counts as its own history. */
  readonly excludeIncidentId: string;
}

/**
 * Incidents of the same person. Keys are already normalised with `normalisePhone` and
 * `normaliseName`; an earlier incident matches when its caller's or victim's normalised phone is
 * one of `phones`, or its caller's or victim's normalised name is one of `names`.
 */
export interface PersonHistoryQuery extends HistoryWindow {
  readonly phones: readonly string[];
  readonly names: readonly string[];
}

/** Incidents within `radiusMetres` (great-circle distance, `distanceMetres`) of a point. */
export interface LocationHistoryQuery extends HistoryWindow {
  readonly lat: number;
  readonly lon: number;
  readonly radiusMetres: number;
}

/** Read-only access to past incidents. Results are ordered most recent first. */
export interface IncidentHistory {
  findByPerson(query: PersonHistoryQuery): Promise<PastIncident[]>;
  findNear(query: LocationHistoryQuery): Promise<PastIncident[]>;
}
