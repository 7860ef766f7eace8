/**
 * Professional judgement: each override names a cell (a team's role, or a role in an area where
 * one team has it) and adds or takes away whole posts, with who and why. Several overrides of one
 * cell add up. Overrides are checked before anything is computed, and a bad one stops the plan
 * with an error naming it (`overrides[2].team: …`) — a plan silently missing a commander's
 * decision would be worse than no plan.
 */
import { isForceWide } from './planning-model';
import type { CellDraft } from './plan-lines';
import type { PlanOverride } from './plan-types';

/** A bad override: which one, which field, and why. */
export class PlanOverrideError extends RangeError {
  constructor(
    readonly index: number,
    readonly field: string,
    reason: string,
  ) {
    super(`overrides[${index}].${field}: ${reason}`);
    this.name = 'PlanOverrideError';
  }
}

/** The cell key each override applies to, in order. */
export function resolveOverrides(overrides: readonly PlanOverride[], cells: readonly CellDraft[], modelId: string): string[] {
  return overrides.map((override, index) => {
    const fail = (field: string, reason: string) => new PlanOverrideError(index, field, reason);
    if (!Number.isSafeInteger(override.delta) || override.delta === 0) throw fail('delta', `expected a whole number of posts other than 0, got ${override.delta}`);
    if (typeof override.who !== 'string' || override.who.trim() === '') throw fail('who', 'say who made the override');
    if (typeof override.why !== 'string' || override.why.trim() === '') throw fail('why', 'give the reason for the override');
    if (typeof override.role !== 'string' || override.role === '') throw fail('role', 'expected a role key');
    if (override.team !== undefined) {
      const teamCells = cells.filter((cell) => cell.team.id === override.team);
      if (teamCells.length === 0) throw fail('team', `'${override.team}' is not a team of model ${modelId}`);
      const cell = teamCells.find((candidate) => candidate.role === override.role);
      if (!cell) throw fail('role', `team ${override.team} has no ${override.role} (it has ${teamCells.map((candidate) => candidate.role).join(', ')})`);
      if (override.area !== undefined && !isForceWide(cell.team) && !cell.team.areas.includes(override.area)) throw fail('area', `team ${override.team} does not serve area ${override.area} (it serves ${cell.team.areas.join(', ')})`);
      return cell.key;
    }
    if (override.area === undefined) throw fail('team', 'give a team, or an area where one team has the role');
    const local = cells.filter((cell) => cell.role === override.role && !isForceWide(cell.team) && cell.team.areas.includes(override.area!));
    if (local.length === 1) return local[0]!.key;
    if (local.length === 0) {
      const inArea = cells.some((cell) => !isForceWide(cell.team) && cell.team.areas.includes(override.area!));
      throw fail(inArea ? 'role' : 'area', inArea ? `no team in area ${override.area} has ${override.role}` : `'${override.area}' is not an area any team of model ${modelId} serves`);
    }
    throw fail('team', `several teams have ${override.role} in area ${override.area} (${local.map((cell) => cell.team.id).join(', ')}): name one`);
  });
}
