/** Scenarios: added teams and headcount changes must refer to real teams and roles. */
import type { PolicingModel } from '../schema/model';
import { error, type ModelIssue } from './issue';
import { unknownMessage, type KnownIds } from './known';
import { checkTeam } from './team-references';

/** Checks each scenario; a change may name a team the same scenario adds. */
export function checkScenarioReferences(model: PolicingModel, known: KnownIds): ModelIssue[] {
  const issues: ModelIssue[] = [];
  model.scenarios?.forEach((scenario, index) => {
    const path = ['scenarios', index];
    const added = new Map((scenario.addTeams ?? []).map((team) => [team.id, team]));
    scenario.addTeams?.forEach((team, i) => {
      issues.push(...checkTeam(team, [...path, 'addTeams', i], known));
      if (known.teams.has(team.id)) issues.push(error([...path, 'addTeams', i, 'id'], `team "${team.id}" already exists in the model`));
    });
    scenario.headcountChanges?.forEach((change, i) => {
      const changePath = [...path, 'headcountChanges', i];
      const team = model.teams.find((candidate) => candidate.id === change.team) ?? added.get(change.team);
      if (!team) {
        issues.push(error([...changePath, 'team'], unknownMessage('team', change.team, [...known.teams, ...added.keys()])));
        return;
      }
      if (!known.roles.has(change.role)) issues.push(error([...changePath, 'role'], unknownMessage('role', change.role, known.roles)));
      const before = team.roles[change.role]?.headcount ?? 0;
      if (before + change.headcountDelta < 0) {
        issues.push(error([...changePath, 'headcountDelta'], `would leave team "${change.team}" with ${before + change.headcountDelta} ${change.role}`));
      }
    });
  });
  return issues;
}
