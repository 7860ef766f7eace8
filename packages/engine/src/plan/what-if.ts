/**
 * What-if changes a model's own scenarios cannot express, for comparing plans:
 *   - `mergeAreas`: two areas become one ("what if we merge two areas") — wards, districts and
 *     hubs pooled; every team serving either serves the merged area; two teams of the same line
 *     (kind, pattern and roles) that now serve only the merged area become one team with their
 *     headcounts added and, per role, the larger of their minimum staffing levels (one team now
 *     covers the ground — an assumption the planner may override);
 *   - `scaleAbstraction`: abstraction at a new total ("what if abstraction falls from 50 % to
 *     40 %"), every cause — the force's and each team's own — scaled by the same factor.
 * Both return a new model of the same type (the input is not changed).
 */
import type { PlanningConstraints, PlanningTeam } from './planning-model';

/** The parts of a model an area merge rewrites; other fields are kept as they are. */
export interface MergeableModel {
  id: string;
  geography: { areas: readonly { id: string; name: string; districts?: readonly string[]; wards: readonly unknown[]; hubs?: readonly string[]; lsoas?: readonly unknown[] }[] };
  teams: readonly PlanningTeam[];
  routing: readonly { team?: string }[];
  constraints?: PlanningConstraints;
}

/** Thrown for a what-if that cannot apply (unknown area, an area merged with itself, a total out of range). */
export class WhatIfError extends RangeError {}

/** The model with areas `a` and `b` merged into one (see the file comment). */
export function mergeAreas<M extends MergeableModel>(model: M, merge: { areas: readonly [string, string]; id?: string; name?: string }): M {
  const [a, b] = merge.areas;
  if (a === b) throw new WhatIfError(`merge: an area cannot be merged with itself (${a})`);
  const first = model.geography.areas.find((area) => area.id === a);
  const second = model.geography.areas.find((area) => area.id === b);
  for (const [id, found] of [[a, first], [b, second]] as const) {
    if (!found) throw new WhatIfError(`merge: '${id}' is not an area of model ${model.id} (areas: ${model.geography.areas.map((area) => area.id).join(', ')})`);
  }
  const id = merge.id ?? `${a}+${b}`;
  if (model.geography.areas.some((area) => area.id === id && area.id !== a && area.id !== b)) throw new WhatIfError(`merge: the merged area's id '${id}' is already an area of model ${model.id}`);
  const union = <T>(x: readonly T[] | undefined, y: readonly T[] | undefined) => (x === undefined && y === undefined ? undefined : [...new Set([...(x ?? []), ...(y ?? [])])]);
  const merged = {
    ...first!,
    id,
    name: merge.name ?? `${first!.name} and ${second!.name}`,
    districts: union(first!.districts, second!.districts),
    wards: [...first!.wards, ...second!.wards],
    ...(first!.hubs || second!.hubs ? { hubs: union(first!.hubs, second!.hubs) } : {}),
    ...(first!.lsoas || second!.lsoas ? { lsoas: [...(first!.lsoas ?? []), ...(second!.lsoas ?? [])] } : {}),
  };
  const rename = (areas: readonly string[]) => [...new Set(areas.map((area) => (area === a || area === b ? id : area)))];
  const renamedTeams = model.teams.map((team) => ({ ...team, areas: rename(team.areas) }));
  // Teams of one line that now serve only the merged area become one team.
  const signature = (team: PlanningTeam) => [team.kind, team.shiftPattern ?? '', Object.keys(team.roles).sort().join('+')].join('|');
  const keptFor = new Map<string, PlanningTeam>();
  const replacedBy = new Map<string, string>();
  const teams: PlanningTeam[] = [];
  for (const team of renamedTeams) {
    const onlyMerged = team.areas.length === 1 && team.areas[0] === id;
    const kept = onlyMerged ? keptFor.get(signature(team)) : undefined;
    if (!kept) {
      if (onlyMerged) keptFor.set(signature(team), team);
      teams.push(team);
      continue;
    }
    replacedBy.set(team.id, kept.id);
    const roles: Record<string, PlanningTeam['roles'][string]> = { ...kept.roles };
    for (const [role, figures] of Object.entries(team.roles)) {
      const mine = roles[role];
      const minimum = Math.max(mine?.minimumOnDutyPerShift ?? 0, figures.minimumOnDutyPerShift ?? 0);
      roles[role] = { ...mine, headcount: (mine?.headcount ?? 0) + figures.headcount, ...(minimum > 0 ? { minimumOnDutyPerShift: minimum } : {}) };
    }
    const combined = { ...kept, name: `${kept.name} + ${team.name}`, roles };
    teams[teams.indexOf(kept)] = combined;
    keptFor.set(signature(team), combined);
  }
  const constraints = model.constraints && {
    ...model.constraints,
    ...(model.constraints.wardMinimums ? { wardMinimums: model.constraints.wardMinimums.map((rule) => ({ ...rule, areas: rename(rule.areas) })) } : {}),
  };
  return {
    ...model,
    geography: { ...model.geography, areas: model.geography.areas.flatMap((area) => (area.id === a ? [merged] : area.id === b ? [] : [area])) },
    teams,
    routing: model.routing.map((rule) => (rule.team !== undefined && replacedBy.has(rule.team) ? { ...rule, team: replacedBy.get(rule.team) } : rule)),
    ...(constraints ? { constraints } : {}),
  };
}

/** The parts of a model an abstraction change rewrites. */
export interface AbstractionModel {
  id: string;
  abstractionPercent: Readonly<Record<string, number>>;
  teams: readonly { abstractionPercent?: Readonly<Record<string, number>> }[];
}

/** The model with the force's abstraction at `percent` in total, every cause scaled alike (see the file comment). */
export function scaleAbstraction<M extends AbstractionModel>(model: M, percent: number): M {
  if (!(Number.isFinite(percent) && percent >= 0 && percent < 100)) throw new WhatIfError(`abstraction: expected a total percent in [0, 100), got ${percent}`);
  const total = Object.values(model.abstractionPercent).reduce((sum, value) => sum + value, 0);
  if (!(total > 0)) throw new WhatIfError(`abstraction: model ${model.id} gives no abstraction to scale`);
  const factor = percent / total;
  const scale = (causes: Readonly<Record<string, number>>) => Object.fromEntries(Object.entries(causes).map(([cause, value]) => [cause, value * factor]));
  return {
    ...model,
    abstractionPercent: scale(model.abstractionPercent),
    teams: model.teams.map((team) => (team.abstractionPercent ? { ...team, abstractionPercent: scale(team.abstractionPercent) } : team)),
  };
}
