/**
 * Routes a graded incident by the model's rules (decide-route.ts): deploy, Resolution Centre,
 * scheduled appointment, partner referral (including Right Care, Right Person) or no further
 * action. Routing again is allowed once the grade or the assessment has changed. Appends one
 * `routed` event.
 */
import { DomainError } from '../shared/domain-error';
import { decideRoute } from './decide-route';
import type { Incident, RoutingDecision } from './incident';
import type { IncidentDeps } from './incident-deps';
import { currentGrade, currentRoute, isRouteStale, latestAssessment } from './incident-state';
import { loadIncident } from './load-incident';
import type { RoutedEvent } from './timeline';
import { requireText } from './validate-input';

/** Input of {@link routeIncident}. */
export interface RouteIncidentInput {
  readonly incidentId: string;
  readonly routedBy: string;
  /** The version the router saw; refused (CONFLICT) if the incident changed since. */
  readonly expectedVersion?: number;
}

/** The incident after routing, and the decision. */
export interface RouteIncidentResult {
  readonly incident: Incident;
  readonly decision: RoutingDecision;
}

/**
 * Routes an incident.
 * @throws {DomainError} INVALID_TRANSITION when it is not graded yet, or is already routed on its
 *   current grade and assessment; CONFLICT (field `routing`) when no rule matches; NOT_FOUND; CONFLICT
 */
export async function routeIncident(deps: Pick<IncidentDeps, 'model' | 'incidents' | 'clock' | 'ids'>, input: RouteIncidentInput): Promise<RouteIncidentResult> {
  const routedBy = requireText(input.routedBy, 'routedBy');
  const incident = await loadIncident(deps.incidents, input.incidentId, input.expectedVersion);
  const grade = currentGrade(incident);
  const assessment = latestAssessment(incident);
  if (grade === null || assessment === null) throw new DomainError('INVALID_TRANSITION', `incident ${incident.id} is not graded: grade it before routing`, 'incidentId');
  if (currentRoute(incident) !== null && !isRouteStale(incident)) {
    throw new DomainError('INVALID_TRANSITION', `incident ${incident.id} is already routed on grade ${grade.grade} and its latest assessment: regrade or re-assess first`, 'incidentId');
  }
  const { model } = deps;
  const choice = decideRoute({
    model,
    incident: { grade: grade.grade, demandTypeId: incident.demandTypeId, channelId: incident.channel.id, tags: incident.tags },
    rightCare: assessment.rightCare,
  });
  const { rule } = choice;
  const partner = rule.partner === undefined ? null : (model.partners ?? []).find((candidate) => candidate.id === rule.partner);
  const team = rule.team === undefined ? undefined : model.teams.find((candidate) => candidate.id === rule.team);
  const now = deps.clock.now();
  const decision: RoutingDecision = {
    id: deps.ids.next('route'),
    route: choice.route,
    ruleId: rule.id,
    rationale: rule.rationale ?? null,
    teamId: rule.team ?? null,
    teamKind: rule.teamKind ?? team?.kind ?? null,
    roles: rule.roles ?? [],
    partner: rule.partner === undefined ? null : { id: rule.partner, name: partner?.name ?? null, kind: partner?.kind ?? null },
    grade: grade.grade,
    assessmentId: assessment.id,
    rightCare: assessment.rightCare,
    skippedRules: choice.skippedRules,
    warnings: choice.warnings,
    decidedBy: routedBy,
    decidedAt: now,
  };
  const event: RoutedEvent = {
    sequence: incident.version + 1,
    type: 'routed',
    at: now,
    by: routedBy,
    routingDecisionId: decision.id,
    route: decision.route,
    ruleId: decision.ruleId,
    teamId: decision.teamId,
    teamKind: decision.teamKind,
    partnerId: decision.partner?.id ?? null,
  };
  await deps.incidents.appendRoutingDecision({ incidentId: incident.id, expectedVersion: incident.version, record: decision, event });
  return { incident: { ...incident, routes: [...incident.routes, decision], timeline: [...incident.timeline, event], version: event.sequence }, decision };
}
