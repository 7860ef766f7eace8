/**
 * A duty plan: units on duty by area × role × hour of the week, the planning studio's output and the
 * simulator's `--plan`. An entry replaces the model's rostering of its team and role altogether:
 * that team's people of that role are then exactly the plan's (areas of the team no entry names get
 * none). An entry with an area makes a pool serving that area only; without one, the team's pool
 * (all its areas). Counts are deployable units, already net of abstraction.
 */
import { planBlocks } from './compile-duty';
import type { DutyBlock, ScenarioRoute } from './force-scenario';
import type { PoolRegistry } from './pool-registry';
import type { SimulationModel, SimulationTeam } from './simulation-model';

/** One entry of a plan. */
export interface DutyPlanEntry {
  /** The team; may be left out when exactly one team of the model has the role in the area. */
  team?: string;
  /** The area served; the whole of the team's areas when left out. */
  area?: string;
  role: string;
  /** Whole numbers of units on duty in each of the 168 hours of the week (Monday 00:00 first). */
  onDutyByHourOfWeek: readonly number[];
}

/** A plan: entries of units on duty. */
export interface DutyPlan {
  entries: readonly DutyPlanEntry[];
}

/** Input of {@link applyPlan}. */
export interface ApplyPlanInput {
  model: SimulationModel;
  plan: DutyPlan;
  registry: PoolRegistry;
  /** Routes to point at area pools in place of the team's pool. */
  routes: ScenarioRoute[];
  /** The model's duty blocks. */
  duty: readonly DutyBlock[];
  endMinute: number;
}

/**
 * The duty blocks with the plan applied (see the file comment).
 * @throws {RangeError} naming `plan.entries[i]` for an unknown or ambiguous team, area or role
 */
export function applyPlan(input: ApplyPlanInput): DutyBlock[] {
  const { model, plan, registry, routes, duty, endMinute } = input;
  const replaced = new Set<number>();
  const added: DutyBlock[] = [];
  plan.entries.forEach((entry, index) => {
    const field = `plan.entries[${index}]`;
    const areaIndex = entry.area === undefined ? undefined : model.geography.areas.findIndex((area) => area.id === entry.area);
    if (areaIndex === -1) throw new RangeError(`${field}.area: '${entry.area}' is not an area of model ${model.id}`);
    const team = findTeam(model, registry, entry, field);
    const teamPoolId = `${team.id}:${entry.role}`;
    const teamPool = registry.find(teamPoolId);
    if (teamPool === undefined) throw new RangeError(`${field}: ${entry.role} of team ${team.id} is neither sent to incidents nor answers calls in this model, so a plan for it changes nothing`);
    replaced.add(teamPool);
    const teamAreas = registry.teamAreas(team);
    if (areaIndex === undefined) {
      added.push(...planBlocks({ pool: teamPool, onDutyByHourOfWeek: entry.onDutyByHourOfWeek, endMinute }));
      return;
    }
    if (!teamAreas.includes(areaIndex)) throw new RangeError(`${field}.area: team ${team.id} does not serve area ${entry.area}`);
    const pool = registry.add({ ...registry.pools[teamPool]!, id: `${teamPoolId}@${entry.area}`, areas: [areaIndex] });
    for (const route of routes) {
      const pools = route.poolsByArea[areaIndex]!;
      const at = pools.indexOf(teamPool);
      if (at >= 0 && !pools.includes(pool)) pools.splice(at, 1, pool);
    }
    added.push(...planBlocks({ pool, onDutyByHourOfWeek: entry.onDutyByHourOfWeek, endMinute }));
  });
  return [...duty.filter((block) => !replaced.has(block.pool)), ...added];
}

/** The entry's team: named, or the one team with the role in the area whose pool the scenario uses. */
function findTeam(model: SimulationModel, registry: PoolRegistry, entry: DutyPlanEntry, field: string): SimulationTeam {
  if (entry.team !== undefined) {
    const team = model.teams.find((candidate) => candidate.id === entry.team);
    if (!team) throw new RangeError(`${field}.team: '${entry.team}' is not a team of model ${model.id}`);
    if (!(entry.role in team.roles)) throw new RangeError(`${field}.role: team ${team.id} has no ${entry.role}`);
    return team;
  }
  if (entry.area === undefined) throw new RangeError(`${field}: give a team or an area`);
  const candidates = model.teams.filter(
    (team) => entry.role in team.roles && registry.find(`${team.id}:${entry.role}`) !== undefined && (team.areas.includes(entry.area!) || team.areas.includes('all')),
  );
  const local = candidates.filter((team) => team.areas.includes(entry.area!));
  const chosen = local.length > 0 ? local : candidates;
  if (chosen.length === 1) return chosen[0]!;
  if (chosen.length === 0) throw new RangeError(`${field}: no team sends ${entry.role} to incidents in area ${entry.area}`);
  throw new RangeError(`${field}.team: several teams have ${entry.role} in area ${entry.area} (${chosen.map((team) => team.id).join(', ')}); name one`);
}
