/** Pools of people (team × role, or a plan entry) created on demand while a scenario is compiled. */
import type { PoolKind, ScenarioPool } from './force-scenario';
import type { SimulationModel, SimulationTeam } from './simulation-model';

/** Creates pools once each and remembers their indices. */
export class PoolRegistry {
  readonly pools: ScenarioPool[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly model: SimulationModel) {}

  /** Area indices a team serves ("all" = every area). */
  teamAreas(team: SimulationTeam): number[] {
    const areas = this.model.geography.areas;
    if (team.areas.includes('all')) return areas.map((_, index) => index);
    return team.areas.map((id) => areas.findIndex((area) => area.id === id)).filter((index) => index >= 0);
  }

  /** The pool of `role` in `team` (created with `kind` the first time). */
  teamPool(team: SimulationTeam, role: string, kind: PoolKind): number {
    return this.add({ id: `${team.id}:${role}`, team: team.id, teamName: team.name, role, kind, areas: this.teamAreas(team) });
  }

  /** A pool with explicit areas (a plan entry). */
  add(pool: ScenarioPool): number {
    const known = this.index.get(pool.id);
    if (known !== undefined) return known;
    this.pools.push(pool);
    this.index.set(pool.id, this.pools.length - 1);
    return this.pools.length - 1;
  }

  /** The index of a pool id, if created. */
  find(id: string): number | undefined {
    return this.index.get(id);
  }
}
