/** Team cross-references: areas, shift patterns, roles, leaders and duties must exist. */
import type { PolicingModel, Team } from '../schema/model';
import type { DocumentPath } from '../load/path';
import { error, warning, type ModelIssue } from './issue';
import { unknownMessage, type KnownIds } from './known';

/** Checks one team (from `teams` or a scenario's `addTeams`) against the ids the model defines. */
export function checkTeam(team: Team, path: DocumentPath, known: KnownIds): ModelIssue[] {
  const issues: ModelIssue[] = [];
  team.areas.forEach((areaId, index) => {
    if (areaId !== 'all' && !known.areas.has(areaId)) issues.push(error([...path, 'areas', index], unknownMessage('area', areaId, known.areas)));
  });
  if (team.areas.includes('all') && team.areas.length > 1) issues.push(error([...path, 'areas'], '"all" covers every area: list it alone'));
  if (team.shiftPattern !== undefined && !known.shiftPatterns.has(team.shiftPattern)) {
    issues.push(error([...path, 'shiftPattern'], unknownMessage('shift pattern', team.shiftPattern, known.shiftPatterns)));
  }
  for (const roleKey of Object.keys(team.roles)) {
    if (!known.roles.has(roleKey)) issues.push(error([...path, 'roles', roleKey], unknownMessage('role', roleKey, known.roles)));
  }
  if (Object.keys(team.roles).length === 0) issues.push(error([...path, 'roles'], 'expected at least one role with a headcount'));
  if (team.ledBy && !(team.ledBy.role in team.roles)) {
    issues.push(error([...path, 'ledBy', 'role'], `leader role "${team.ledBy.role}" has no headcount in this team`));
  }
  team.duties?.forEach((duty, index) => {
    if (!(duty.role in team.roles)) issues.push(error([...path, 'duties', index, 'role'], `duty role "${duty.role}" has no headcount in this team`));
  });
  team.handlesTags?.forEach((tag, index) => {
    if (!known.tags.has(tag)) issues.push(warning([...path, 'handlesTags', index], `no demand type carries the tag "${tag}"`));
  });
  for (const [role, spec] of Object.entries(team.roles)) {
    if (spec.minimumOnDutyPerShift !== undefined && spec.minimumOnDutyPerShift > spec.headcount) {
      issues.push(error([...path, 'roles', role, 'minimumOnDutyPerShift'], `minimum on duty (${spec.minimumOnDutyPerShift}) exceeds the headcount (${spec.headcount})`));
    }
  }
  return issues;
}

/** Checks every team of the model. */
export function checkTeamReferences(model: PolicingModel, known: KnownIds): ModelIssue[] {
  return model.teams.flatMap((team, index) => checkTeam(team, ['teams', index], known));
}
