/** Grades, demand types and routing rules must refer to things the model defines. */
import type { PolicingModel } from '../schema/model';
import { error, warning, type ModelIssue } from './issue';
import { unknownMessage, type KnownIds } from './known';

/** Checks grades, demand types and routing. */
export function checkDemandReferences(model: PolicingModel, known: KnownIds): ModelIssue[] {
  const issues: ModelIssue[] = [];
  model.grades.forEach((grade, index) => {
    const deployed = grade.response === 'immediate' || grade.response === 'prompt';
    if (deployed && !grade.attendance) issues.push(error(['grades', index], `grade ${grade.grade} is "${grade.response}" and needs attendance targets (urbanTargetMinutes, ruralTargetMinutes, clock)`));
    if (grade.attendance && grade.attendance.ruralTargetMinutes < grade.attendance.urbanTargetMinutes) {
      issues.push(warning(['grades', index, 'attendance', 'ruralTargetMinutes'], `rural target is shorter than the urban target for grade ${grade.grade}`));
    }
  });
  model.demandTypes.forEach((type, index) => {
    for (const role of Object.keys(type.timeTakenMinutes)) {
      if (!known.roles.has(role)) issues.push(error(['demandTypes', index, 'timeTakenMinutes', role], unknownMessage('role', role, known.roles)));
    }
  });
  model.routing.forEach((rule, index) => {
    const path = ['routing', index];
    rule.when.grades?.forEach((grade, i) => {
      if (!known.grades.has(grade)) issues.push(error([...path, 'when', 'grades', i], unknownMessage('grade', grade, known.grades)));
    });
    rule.when.demandTypes?.forEach((type, i) => {
      if (!known.demandTypes.has(type)) issues.push(error([...path, 'when', 'demandTypes', i], unknownMessage('demand type', type, known.demandTypes)));
    });
    rule.when.channels?.forEach((channel, i) => {
      if (!known.channels.has(channel)) issues.push(error([...path, 'when', 'channels', i], unknownMessage('channel', channel, known.channels)));
    });
    rule.when.tags?.forEach((tag, i) => {
      if (!known.tags.has(tag)) issues.push(error([...path, 'when', 'tags', i], unknownMessage('tag', tag, known.tags)));
    });
    if (rule.team !== undefined && !known.teams.has(rule.team)) issues.push(error([...path, 'team'], unknownMessage('team', rule.team, known.teams)));
    if (rule.teamKind !== undefined && !known.teamKinds.has(rule.teamKind)) {
      issues.push(error([...path, 'teamKind'], unknownMessage('team kind in this model', rule.teamKind, known.teamKinds)));
    }
    rule.roles?.forEach((role, i) => {
      if (!known.roles.has(role)) issues.push(error([...path, 'roles', i], unknownMessage('role', role, known.roles)));
    });
    if (rule.partner !== undefined && !known.partners.has(rule.partner)) issues.push(error([...path, 'partner'], unknownMessage('partner', rule.partner, known.partners)));
    const team = rule.team === undefined ? undefined : model.teams.find((candidate) => candidate.id === rule.team);
    if (team && rule.teamKind !== undefined && team.kind !== rule.teamKind) {
      issues.push(error([...path, 'teamKind'], `team "${team.id}" is a ${team.kind} team, not ${rule.teamKind}`));
    }
    if (team && rule.route === 'resolution-centre' && team.kind !== 'resolution-centre') {
      issues.push(error([...path, 'team'], `routes to the Resolution Centre, but team "${team.id}" is a ${team.kind} team`));
    }
    const candidates = team ? [team] : rule.teamKind !== undefined ? model.teams.filter((candidate) => candidate.kind === rule.teamKind) : [];
    rule.roles?.forEach((role, i) => {
      if (known.roles.has(role) && candidates.length > 0 && !candidates.some((candidate) => (candidate.roles[role]?.headcount ?? 0) > 0)) {
        issues.push(error([...path, 'roles', i], `no ${team ? `headcount of ${role} in team "${team.id}"` : `${rule.teamKind} team has any ${role}`} to take this demand`));
      }
    });
    if (rule.route === 'deploy' && rule.team === undefined && rule.teamKind === undefined) {
      issues.push(error([...path, 'route'], 'a "deploy" rule must name a team or a teamKind'));
    }
    if (rule.route === 'partner-referral' && rule.partner === undefined) issues.push(error([...path, 'partner'], 'required field is missing: a "partner-referral" rule must name a partner'));
    if (rule.route === 'resolution-centre' && !known.teamKinds.has('resolution-centre')) {
      issues.push(error([...path, 'route'], 'routes to the Resolution Centre, but no team has kind "resolution-centre"'));
    }
  });
  const last = model.routing[model.routing.length - 1];
  const isCatchAll = (when: PolicingModel['routing'][number]['when']) => Object.values(when).every((list) => list === undefined || list.length === 0);
  if (last && !isCatchAll(last.when)) issues.push(warning(['routing', model.routing.length - 1], 'the last routing rule has conditions: demand that matches no rule has no route (add a catch-all rule with `when: {}`)'));
  return issues;
}
