/**
 * Puts a unit's assignment on the incident's timeline: dispatched, en route, on scene, cleared or
 * stood down. The unit's repository decides the assignment itself (a unit can never hold two live
 * incidents); this records each step, with who reported it and when, among the incident's other
 * events, so the timeline tells the whole story of the incident.
 */
import { DomainError } from '../shared/domain-error';
import type { IncidentDeps } from './incident-deps';
import type { Incident } from './incident';
import { loadIncident } from './load-incident';
import { ASSIGNMENT_STAGES, type AssignmentEvent, type AssignmentStage } from './timeline';
import { requireDate, requireText } from './validate-input';

/** What recording a step needs. */
export interface RecordAssignmentStageInput {
  readonly incidentId: string;
  readonly stage: AssignmentStage;
  readonly assignmentId: string;
  readonly unitId: string;
  readonly callSign: string;
  /** When the step happened (the assignment's dispatch time, or the unit's status change). */
  readonly at: Date;
  /** The user who dispatched the unit or reported its status. */
  readonly by: string;
  /** For a dispatch against unmet requirements: the controller's reason and the unmet requirements (texts). */
  readonly override?: { readonly reason: string; readonly unmet: readonly string[] };
}

/**
 * How many times a step is retried when another change to the incident took its sequence number
 * first. A step does not depend on the incident's state, so it is simply appended after that
 * change; only a storm of simultaneous changes to one incident could exhaust the retries.
 */
const ATTEMPTS = 5;

/**
 * Appends the `assignment` event at the incident's next sequence and returns the incident with it.
 * @throws {DomainError} VALIDATION naming the field; NOT_FOUND (incidentId); CONFLICT (version) when
 *   other changes took the next sequence {@link ATTEMPTS} times in a row
 */
export async function recordAssignmentStage(deps: Pick<IncidentDeps, 'incidents'>, input: RecordAssignmentStageInput): Promise<{ incident: Incident; event: AssignmentEvent }> {
  if (!(ASSIGNMENT_STAGES as readonly string[]).includes(input.stage)) {
    throw new DomainError('VALIDATION', `stage must be one of ${ASSIGNMENT_STAGES.join(', ')}, got '${String(input.stage)}'`, 'stage');
  }
  const fields = {
    assignmentId: requireText(input.assignmentId, 'assignmentId'),
    unitId: requireText(input.unitId, 'unitId'),
    callSign: requireText(input.callSign, 'callSign'),
    at: requireDate(input.at, 'at'),
    by: requireText(input.by, 'by'),
    override: input.override ? { reason: requireText(input.override.reason, 'override.reason'), unmet: [...input.override.unmet] } : null,
  };
  for (let attempt = 1; ; attempt += 1) {
    const incident = await loadIncident(deps.incidents, input.incidentId);
    const event: AssignmentEvent = { sequence: incident.version + 1, type: 'assignment', stage: input.stage, ...fields };
    try {
      await deps.incidents.appendAssignmentEvent({ incidentId: incident.id, expectedVersion: incident.version, event });
      return { incident: { ...incident, timeline: [...incident.timeline, event], version: event.sequence }, event };
    } catch (error) {
      const raced = error instanceof DomainError && error.code === 'CONFLICT' && error.field === 'version';
      if (!raced || attempt >= ATTEMPTS) throw error;
    }
  }
}
