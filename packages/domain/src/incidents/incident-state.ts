/** Read-only views of an incident's current state, derived from its append-only history. */
import type { GradeDecision, Incident, RoutingDecision } from './incident';
import type { ThriveAssessment } from './thrive';

/** Where an incident is in intake: each stage needs the one before. */
export type IncidentStage = 'received' | 'assessed' | 'graded' | 'routed';

/** The latest THRIVE+ assessment, or null before the first. */
export function latestAssessment(incident: Pick<Incident, 'assessments'>): ThriveAssessment | null {
  return incident.assessments.at(-1) ?? null;
}

/** The grade decision in force, or null before the first grading. */
export function currentGrade(incident: Pick<Incident, 'grades'>): GradeDecision | null {
  return incident.grades.at(-1) ?? null;
}

/** The routing decision in force, or null before the first routing. */
export function currentRoute(incident: Pick<Incident, 'routes'>): RoutingDecision | null {
  return incident.routes.at(-1) ?? null;
}

/**
 * True when the routing in force was decided on an older grade or assessment than the current
 * ones: the incident should be routed again.
 */
export function isRouteStale(incident: Pick<Incident, 'routes' | 'grades' | 'assessments'>): boolean {
  const route = currentRoute(incident);
  const grade = currentGrade(incident);
  const assessment = latestAssessment(incident);
  if (route === null) return false;
  return route.grade !== grade?.grade || route.assessmentId !== assessment?.id;
}

/** The incident's stage: routed, graded, assessed or received. */
export function incidentStage(incident: Pick<Incident, 'routes' | 'grades' | 'assessments'>): IncidentStage {
  if (incident.routes.length > 0) return 'routed';
  if (incident.grades.length > 0) return 'graded';
  if (incident.assessments.length > 0) return 'assessed';
  return 'received';
}
