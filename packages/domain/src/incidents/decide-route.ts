/**
 * Routing by the model's ordered rules: the first rule whose conditions all hold decides. A rule's
 * `grades`, `demandTypes` and `channels` hold when the incident's value is listed; its `tags` hold
 * when the incident carries **any** listed tag; an absent or empty list always holds.
 *
 * Right Care, Right Person: when the incident is Right Care demand (mental health, welfare) but
 * there is a crime to investigate or a real and immediate risk (right-care-right-person.ts), a
 * matching `partner-referral` rule is passed over — recorded in `skippedRules` — and the next
 * matching rule decides. When it is Right Care demand with neither, and a (human) grade still
 * routes it to police attendance, the decision carries a warning for the controller.
 */
import type { PolicingModel } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import type { Route, SkippedRule } from './incident';
import type { RightCareAssessment } from './thrive';

/** One routing rule of a model. */
export type ModelRoutingRule = PolicingModel['routing'][number];

/** What {@link decideRoute} needs to know of the incident. */
export interface RoutableIncident {
  readonly grade: number;
  readonly demandTypeId: string;
  readonly channelId: string;
  readonly tags: readonly string[];
}

/** The rule that decided and the rules passed over. */
export interface RouteChoice {
  readonly rule: ModelRoutingRule;
  readonly route: Route;
  readonly skippedRules: readonly SkippedRule[];
  readonly warnings: readonly string[];
}

/** True when every condition of `rule` holds for `incident` (see the module comment). */
export function ruleMatches(rule: ModelRoutingRule, incident: RoutableIncident): boolean {
  const { grades, demandTypes, channels, tags } = rule.when;
  const holds = <T>(list: readonly T[] | undefined, test: (values: readonly T[]) => boolean) => list === undefined || list.length === 0 || test(list);
  return (
    holds(grades, (list) => list.includes(incident.grade)) &&
    holds(demandTypes, (list) => list.includes(incident.demandTypeId)) &&
    holds(channels, (list) => list.includes(incident.channelId)) &&
    holds(tags, (list) => list.some((tag) => incident.tags.includes(tag)))
  );
}

/**
 * Chooses the route for `incident`.
 * @throws {DomainError} CONFLICT (field `routing`) when no rule of the model matches — the model
 *   lacks a catch-all rule (`peel model check` warns about it)
 */
export function decideRoute(params: { model: PolicingModel; incident: RoutableIncident; rightCare: RightCareAssessment }): RouteChoice {
  const { model, incident, rightCare } = params;
  const skippedRules: SkippedRule[] = [];
  for (const rule of model.routing) {
    if (!ruleMatches(rule, incident)) continue;
    if (rule.route === 'partner-referral' && rightCare.outcome === 'police-attend') {
      skippedRules.push({ ruleId: rule.id, reason: `Right Care, Right Person: police attend — ${rightCare.reasons.join('; ')}` });
      continue;
    }
    const warnings: string[] = [];
    if (rightCare.outcome === 'refer-to-partner' && (rule.route === 'deploy' || rule.route === 'scheduled-appointment')) {
      warnings.push(
        `Right Care, Right Person: ${rightCare.reasons.join('; ')}, yet grade ${incident.grade} routes it to police attendance (rule ${rule.id}); check the grade`,
      );
    }
    return { rule, route: rule.route, skippedRules, warnings };
  }
  throw new DomainError(
    'CONFLICT',
    `no routing rule of model ${model.id} matches grade ${incident.grade}, demand type ${incident.demandTypeId}, channel ${incident.channelId}${skippedRules.length > 0 ? ` (passed over: ${skippedRules.map((s) => s.ruleId).join(', ')})` : ''}; the model needs a catch-all rule`,
    'routing',
  );
}
