/**
 * Routing compiled for the simulator. The model's rules are read as the control room reads them:
 * the first rule whose conditions all hold decides; `grades`, `demandTypes` and `channels` hold
 * when the value is listed, `tags` when the demand type carries any listed tag, an absent or empty
 * list always holds (the same reading as the domain's routing). The simulator has no THRIVE
 * assessment, so Right Care, Right Person referrals apply as the rules state them.
 *
 * A deployment rule's units are the pools of the named team, or of every team of the named kind,
 * that serve the area, in the rule's roles (or, without roles, every officer, PCSO or special
 * constable role of those teams).
 */
import type { ScenarioRoute } from './force-scenario';
import type { PoolRegistry } from './pool-registry';
import type { SimulationModel, SimulationRoutingRule, SimulationTeam } from './simulation-model';

/** Role categories sent to incidents when a rule names no roles. */
const DEPLOYABLE_CATEGORIES = new Set(['officer', 'pcso', 'special-constable']);

/** What an incident is routed on. */
export interface RoutableDemand {
  grade: number;
  demandTypeId: string;
  channelId: string;
  tags: readonly string[];
}

/** The first rule matching `demand`, or undefined. */
export function matchRule(rules: readonly SimulationRoutingRule[], demand: RoutableDemand): SimulationRoutingRule | undefined {
  const holds = <T>(list: readonly T[] | undefined, test: (values: readonly T[]) => boolean) => list === undefined || list.length === 0 || test(list);
  return rules.find(
    ({ when }) =>
      holds(when.grades, (list) => list.includes(demand.grade)) &&
      holds(when.demandTypes, (list) => list.includes(demand.demandTypeId)) &&
      holds(when.channels, (list) => list.includes(demand.channelId)) &&
      holds(when.tags, (list) => list.some((tag) => demand.tags.includes(tag))),
  );
}

/** Compiles rules into routes on demand, one route per rule. */
export class RouteCompiler {
  readonly routes: ScenarioRoute[] = [];
  /** Resolution Centre teams named by the rules that send work there. */
  readonly resolutionTeams = new Set<SimulationTeam>();
  private readonly byRule = new Map<string, number>();

  constructor(
    private readonly model: SimulationModel,
    private readonly pools: PoolRegistry,
  ) {}

  /** The route index for `demand` (an "unserved" route when no rule matches). */
  routeOf(demand: RoutableDemand): number {
    const rule = matchRule(this.model.routing, demand);
    if (!rule) return this.unserved('no routing rule matches');
    const known = this.byRule.get(rule.id);
    if (known !== undefined) return known;
    const route = this.compile(rule);
    this.routes.push(route);
    this.byRule.set(rule.id, this.routes.length - 1);
    return this.routes.length - 1;
  }

  private unserved(reason: string): number {
    const id = `unserved:${reason}`;
    const known = this.byRule.get(id);
    if (known !== undefined) return known;
    this.routes.push({ id, kind: 'unserved', poolsByArea: this.model.geography.areas.map(() => []) });
    this.byRule.set(id, this.routes.length - 1);
    return this.routes.length - 1;
  }

  private teamsOf(rule: SimulationRoutingRule, defaultKind: string): SimulationTeam[] {
    if (rule.team !== undefined) return this.model.teams.filter((team) => team.id === rule.team);
    const kind = rule.teamKind ?? defaultKind;
    return this.model.teams.filter((team) => team.kind === kind);
  }

  private compile(rule: SimulationRoutingRule): ScenarioRoute {
    const areaCount = this.model.geography.areas.length;
    const poolsByArea: number[][] = Array.from({ length: areaCount }, () => []);
    if (rule.route === 'resolution-centre') {
      for (const team of this.teamsOf(rule, 'resolution-centre')) this.resolutionTeams.add(team);
      return { id: rule.id, kind: 'resolution-centre', poolsByArea };
    }
    if (rule.route !== 'deploy' && rule.route !== 'scheduled-appointment') return { id: rule.id, kind: rule.route, poolsByArea };
    for (const team of this.teamsOf(rule, 'response')) {
      const roles = rule.roles ?? Object.keys(team.roles).filter((role) => DEPLOYABLE_CATEGORIES.has(this.model.roles[role]?.category ?? ''));
      for (const role of roles) {
        if ((team.roles[role]?.headcount ?? 0) <= 0) continue;
        const pool = this.pools.teamPool(team, role, 'units');
        for (const area of this.pools.teamAreas(team)) poolsByArea[area]!.push(pool);
      }
    }
    return { id: rule.id, kind: rule.route, poolsByArea };
  }
}
