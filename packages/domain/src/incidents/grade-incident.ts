/**
 * The human grading decision. The grade is suggested by the latest THRIVE+ assessment; the person
 * grading confirms it (a reason is optional) or overrides it (a reason is mandatory). Changing the
 * grade later is a regrade, always with a reason. Every decision is kept, with the target deadline
 * the grade sets (see response-target.ts). Appends one `graded` or `regraded` event.
 */
import { DomainError } from '../shared/domain-error';
import { findGrade } from './grade-response';
import type { GradeDecision, Incident } from './incident';
import type { IncidentDeps } from './incident-deps';
import { currentGrade, latestAssessment } from './incident-state';
import { loadIncident } from './load-incident';
import { responseTarget } from './response-target';
import type { GradedEvent } from './timeline';
import { optionalText, requireText } from './validate-input';

/** Input of {@link gradeIncident}. */
export interface GradeIncidentInput {
  readonly incidentId: string;
  /** A grade number of the model. */
  readonly grade: number;
  readonly decidedBy: string;
  /** Mandatory when the grade differs from the suggestion, and for every regrade. */
  readonly reason?: string | null;
  /** The version the decision was taken on; refused (CONFLICT) if the incident changed since. */
  readonly expectedVersion?: number;
}

/** The incident after the decision, and the decision. */
export interface GradeIncidentResult {
  readonly incident: Incident;
  readonly decision: GradeDecision;
}

/**
 * Grades (or regrades) an incident.
 * @throws {DomainError} VALIDATION naming `grade` (not a model grade), `reason` (missing for an
 *   override or regrade) or `decidedBy`; INVALID_TRANSITION when the incident has no assessment yet
 *   or already has this grade; NOT_FOUND; CONFLICT
 */
export async function gradeIncident(deps: Pick<IncidentDeps, 'model' | 'incidents' | 'clock' | 'ids'>, input: GradeIncidentInput): Promise<GradeIncidentResult> {
  const decidedBy = requireText(input.decidedBy, 'decidedBy');
  const reason = optionalText(input.reason, 'reason');
  const grade = typeof input.grade === 'number' ? findGrade(deps.model, input.grade) : undefined;
  if (grade === undefined) {
    throw new DomainError('VALIDATION', `grade ${JSON.stringify(input.grade)} is not a grade of model ${deps.model.id} (${deps.model.grades.map((g) => g.grade).join(', ')})`, 'grade');
  }
  const incident = await loadIncident(deps.incidents, input.incidentId, input.expectedVersion);
  const assessment = latestAssessment(incident);
  if (assessment === null) throw new DomainError('INVALID_TRANSITION', `incident ${incident.id} has no THRIVE+ assessment: assess it before grading`, 'grade');
  const previous = currentGrade(incident);
  if (previous !== null && previous.grade === grade.grade) {
    throw new DomainError('INVALID_TRANSITION', `incident ${incident.id} is already grade ${grade.grade}`, 'grade');
  }
  const suggestedGrade = assessment.suggestion.grade;
  const decision: GradeDecision['decision'] = grade.grade === suggestedGrade ? 'confirmed' : 'overridden';
  if (reason === null && decision === 'overridden') {
    throw new DomainError('VALIDATION', `reason is required to override the suggested grade ${suggestedGrade} with grade ${grade.grade}`, 'reason');
  }
  if (reason === null && previous !== null) {
    throw new DomainError('VALIDATION', `reason is required to regrade from grade ${previous.grade} to grade ${grade.grade}`, 'reason');
  }
  const now = deps.clock.now();
  const record: GradeDecision = {
    id: deps.ids.next('grade'),
    grade: grade.grade,
    gradeName: grade.name,
    response: grade.response,
    suggestedGrade,
    assessmentId: assessment.id,
    decision,
    reason,
    previousGrade: previous?.grade ?? null,
    decidedBy,
    decidedAt: now,
    target: responseTarget({ grade, urbanRural: incident.location.urbanRural, callAnsweredAt: incident.callAnsweredAt, gradedAt: now }),
  };
  const event: GradedEvent = {
    sequence: incident.version + 1,
    type: previous === null ? 'graded' : 'regraded',
    at: now,
    by: decidedBy,
    gradeDecisionId: record.id,
    grade: record.grade,
    previousGrade: record.previousGrade,
    suggestedGrade,
    decision,
    reason,
  };
  await deps.incidents.appendGradeDecision({ incidentId: incident.id, expectedVersion: incident.version, record, event });
  return { incident: { ...incident, grades: [...incident.grades, record], timeline: [...incident.timeline, event], version: event.sequence }, decision: record };
}
