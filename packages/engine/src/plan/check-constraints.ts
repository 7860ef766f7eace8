/**
 * The model's constraints checked against the plan's current, algorithm and final figures:
 * protected totals (Staffordshire's 750 officers in local policing), ward rules (Kent's PCSO in
 * every Sevenoaks ward) and each team's minimum staffing level (minimumOnDutyPerShift against
 * posts ÷ reliefs × (1 − abstraction)). The algorithm only moves posts within a line, so it keeps a
 * protected total as it found it; overrides and scenarios can break one, and the plan says so.
 */
import { onDutyPerShift, type WardRuleShare } from './cell-minimums';
import type { CellDraft } from './plan-lines';
import type { ConstraintCheck, PlanCell } from './plan-types';
import type { PlanningModel } from './planning-model';

type Figures = Pick<PlanCell, 'current' | 'algorithm' | 'final'>;

/** Every constraint check (see the file comment). */
export function checkConstraints(params: { model: PlanningModel; drafts: readonly CellDraft[]; figures: ReadonlyMap<string, Figures>; wardRules: readonly WardRuleShare[] }): ConstraintCheck[] {
  const { model, drafts, figures, wardRules } = params;
  const checks: ConstraintCheck[] = [];
  const sum = (keys: readonly string[], field: keyof Figures) => keys.reduce((total, key) => total + (figures.get(key)?.[field] ?? 0), 0);
  for (const rule of model.constraints?.protectedHeadcount ?? []) {
    const keys = drafts.filter((cell) => rule.roles.includes(cell.role) && (rule.teamKinds === undefined || rule.teamKinds.includes(cell.team.kind))).map((cell) => cell.key);
    const final = sum(keys, 'final');
    checks.push({ id: rule.id, kind: 'protected-headcount', description: rule.description, required: rule.minimum, current: sum(keys, 'current'), algorithm: sum(keys, 'algorithm'), final, met: final >= rule.minimum });
  }
  for (const share of wardRules) {
    const final = sum([share.cell], 'final');
    checks.push({
      id: `${share.rule}@${share.cell}`,
      kind: 'ward-minimum',
      description: `${share.role} of ${share.cell.split(':')[0]}: ward rule ${share.rule} over ${share.areas.join(', ')}`,
      required: share.required,
      current: sum([share.cell], 'current'),
      algorithm: sum([share.cell], 'algorithm'),
      final,
      met: final >= share.required,
    });
  }
  for (const cell of drafts) {
    const minimum = cell.team.roles[cell.role]?.minimumOnDutyPerShift;
    const figure = figures.get(cell.key);
    if (minimum === undefined || minimum <= 0 || !figure) continue;
    const onDuty = (posts: number) => Math.round(onDutyPerShift(model, cell.team, posts) * 100) / 100;
    const exact = onDutyPerShift(model, cell.team, figure.final);
    checks.push({
      id: `minimum-on-duty@${cell.key}`,
      kind: 'minimum-on-duty',
      description: `${cell.role} of ${cell.team.id}: at least ${minimum} on duty per shift (expected on duty per shift = posts ÷ reliefs × (1 − abstraction))`,
      required: minimum,
      current: onDuty(figure.current),
      algorithm: onDuty(figure.algorithm),
      final: onDuty(figure.final),
      met: exact >= minimum - 1e-9,
    });
  }
  return checks;
}
