/** Applies a scenario to a model, returning a new model (the input is not changed). */
import type { PolicingModel } from './schema/model';

/** Thrown when a scenario id is unknown or a change cannot apply. */
export class ScenarioError extends RangeError {}

/**
 * The model as it would be under scenario `scenarioId`: added teams appended, headcounts changed,
 * abstraction causes overridden. The scenario list is kept so the result can be compared.
 */
export function applyScenario(model: PolicingModel, scenarioId: string): PolicingModel {
  const scenario = model.scenarios?.find((candidate) => candidate.id === scenarioId);
  if (!scenario) throw new ScenarioError(`scenarioId: unknown scenario "${scenarioId}" (model ${model.id} has ${(model.scenarios ?? []).map((s) => s.id).join(', ') || 'none'})`);
  const teams = structuredClone([...model.teams, ...(scenario.addTeams ?? [])]);
  for (const change of scenario.headcountChanges ?? []) {
    const team = teams.find((candidate) => candidate.id === change.team);
    if (!team) throw new ScenarioError(`scenario ${scenario.id}: unknown team "${change.team}"`);
    const current = team.roles[change.role]?.headcount ?? 0;
    const next = current + change.headcountDelta;
    if (next < 0) throw new ScenarioError(`scenario ${scenario.id}: team ${change.team} would have ${next} ${change.role}`);
    team.roles[change.role] = { ...team.roles[change.role], headcount: next };
  }
  return {
    ...structuredClone(model),
    teams,
    abstractionPercent: { ...model.abstractionPercent, ...scenario.abstractionPercent },
  };
}
