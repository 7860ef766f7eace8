/**
 * The posts each cell must keep. Hard minimums are never traded away:
 *   - a team keeps one of the role that leads it (`ledBy`);
 *   - ward rules: `minimumPerWard` × the wards of the rule's areas the team covers (Kent: a PCSO
 *     in every one of Sevenoaks' 26 wards), held by the team with most of the role in the area.
 * The soft minimum is the minimum staffing level: enough posts that `minimumOnDutyPerShift` are on
 * duty after abstraction, ⌈m × reliefs / (1 − abstraction)⌉ (one relief works each shift). It is
 * dropped, with a warning, when a line's establishment cannot meet every cell's.
 */
import { teamAbstraction } from '../simulation/force/compile-duty';
import { postsAfterAbstraction } from '../queueing/staffing';
import type { CellDraft } from './plan-lines';
import { isForceWide, type PlanningModel, type PlanningTeam } from './planning-model';

/** A cell's minimums and the reasons for them. */
export interface CellMinimum {
  hard: number;
  soft: number;
  reasons: string[];
}

/** One ward rule as it falls on one team: the check the plan reports. */
export interface WardRuleShare {
  rule: string;
  cell: string;
  role: string;
  areas: string[];
  required: number;
}

/** Minimums by cell key, the ward rules' shares, and problems (a ward rule with no team to hold it). */
export function cellMinimums(model: PlanningModel, cells: readonly CellDraft[]): { minimums: Map<string, CellMinimum>; wardRules: WardRuleShare[]; warnings: string[] } {
  const minimums = new Map<string, CellMinimum>(cells.map((cell) => [cell.key, { hard: 0, soft: 0, reasons: [] }]));
  const warnings: string[] = [];
  for (const cell of cells) {
    const minimum = minimums.get(cell.key)!;
    if (cell.team.ledBy?.role === cell.role) {
      minimum.hard = Math.max(minimum.hard, 1);
      minimum.reasons.push(`leads the team (${cell.team.ledBy.title})`);
    }
    const onDuty = cell.team.roles[cell.role]?.minimumOnDutyPerShift;
    if (onDuty !== undefined && onDuty > 0) {
      const posts = minimumStaffingPosts(model, cell.team, onDuty);
      minimum.soft = posts.posts;
      minimum.reasons.push(`${onDuty} on duty per shift × ${posts.reliefs} reliefs ÷ (1 − ${(posts.abstraction * 100).toFixed(1)} % abstraction)`);
    }
  }
  const wardRules: WardRuleShare[] = [];
  for (const rule of model.constraints?.wardMinimums ?? []) {
    const areas = rule.areas.includes('all') ? model.geography.areas.map((area) => area.id) : rule.areas;
    const byCell = new Map<string, string[]>();
    for (const areaId of areas) {
      const holders = cells.filter((cell) => cell.role === rule.role && !isForceWide(cell.team) && cell.team.areas.includes(areaId));
      if (holders.length === 0) {
        warnings.push(`ward rule ${rule.id}: no team has ${rule.role} in area ${areaId}, so its wards cannot get ${rule.minimumPerWard} each`);
        continue;
      }
      const holder = holders.reduce((best, cell) => ((cell.team.roles[cell.role]?.headcount ?? 0) > (best.team.roles[best.role]?.headcount ?? 0) ? cell : best));
      byCell.set(holder.key, [...(byCell.get(holder.key) ?? []), areaId]);
    }
    for (const [key, covered] of byCell) {
      const wards = covered.reduce((sum, areaId) => sum + (model.geography.areas.find((area) => area.id === areaId)?.wards.length ?? 0), 0);
      const required = wards * rule.minimumPerWard;
      const minimum = minimums.get(key)!;
      minimum.hard = Math.max(minimum.hard, required);
      minimum.reasons.push(`ward rule ${rule.id}: ${rule.minimumPerWard} per ward × ${wards} wards`);
      wardRules.push({ rule: rule.id, cell: key, role: rule.role, areas: covered, required });
    }
  }
  return { minimums, wardRules, warnings };
}

/** Posts for `onDuty` per shift on the team's pattern after its abstraction (see the file comment). */
export function minimumStaffingPosts(model: PlanningModel, team: PlanningTeam, onDuty: number): { posts: number; reliefs: number; abstraction: number } {
  const reliefs = reliefsOf(model, team);
  const abstraction = teamAbstraction(model, team);
  return { posts: postsAfterAbstraction(onDuty * reliefs, abstraction), reliefs, abstraction };
}

/** Reliefs (rotating teams) of the team's shift pattern; 1 without one. */
export function reliefsOf(model: Pick<PlanningModel, 'shiftPatterns'>, team: Pick<PlanningTeam, 'shiftPattern'>): number {
  return model.shiftPatterns.find((pattern) => pattern.id === team.shiftPattern)?.rotatingTeams ?? 1;
}

/** Expected officers on duty per shift from `posts`: posts ÷ reliefs × (1 − abstraction). */
export function onDutyPerShift(model: PlanningModel, team: PlanningTeam, posts: number): number {
  return (posts / reliefsOf(model, team)) * (1 - teamAbstraction(model, team));
}

