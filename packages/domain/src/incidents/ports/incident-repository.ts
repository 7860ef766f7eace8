/**
 * Storage of incidents. Every state change of an incident is **one** method call that appends a
 * record and its timeline event, so an adapter can make it one transaction; nothing is ever
 * updated in place or deleted. Concurrent changes are detected by version: a change names the
 * version it was computed from, and the repository refuses it when the stored version differs.
 */
import type { GradeDecision, Incident, RoutingDecision } from '../incident';
import type { ThriveAssessment } from '../thrive';
import type { AssignmentEvent, TimelineEvent } from '../timeline';

/**
 * One append to an incident: the record, its timeline event (whose `sequence` is
 * `expectedVersion + 1`), and the version the change was computed from.
 */
export interface IncidentAppend<TRecord> {
  readonly incidentId: string;
  readonly expectedVersion: number;
  readonly record: TRecord;
  readonly event: TimelineEvent;
}

/** An `assignment` event to append: it has no record of its own (the unit's repository holds the assignment). */
export interface AssignmentAppend {
  readonly incidentId: string;
  readonly expectedVersion: number;
  readonly event: AssignmentEvent;
}

/**
 * The incident store. Errors an implementation throws (as `DomainError` from `@peel/domain`):
 * `NOT_FOUND` (field `incidentId`) when the incident does not exist; `CONFLICT` (field `version`)
 * when the stored version is not `expectedVersion` — someone else changed the incident first — and,
 * for {@link IncidentRepository.create}, when the id already exists (field `id`).
 */
export interface IncidentRepository {
  /** Stores a new incident: version 1, its timeline holding only the `created` event. */
  create(incident: Incident): Promise<void>;
  /** The incident with its whole history, or null when there is none with this id. */
  findById(id: string): Promise<Incident | null>;
  /** Appends a THRIVE+ assessment and its `assessed` event. */
  appendAssessment(change: IncidentAppend<ThriveAssessment>): Promise<void>;
  /** Appends a grade decision and its `graded` or `regraded` event. */
  appendGradeDecision(change: IncidentAppend<GradeDecision>): Promise<void>;
  /** Appends a routing decision and its `routed` event. */
  appendRoutingDecision(change: IncidentAppend<RoutingDecision>): Promise<void>;
  /**
   * Appends an `assignment` event (a unit dispatched, en route, on scene, cleared or stood down).
   * The event is the whole record: the unit's repository holds the assignment itself.
   */
  appendAssignmentEvent(change: AssignmentAppend): Promise<void>;
}
