/**
 * The part of a plan an area-scoped caller (a supervisor) sees: the cells of teams serving their
 * area (not force-wide teams, which only force-wide users may change), the response analyses and
 * overrides of those cells, and the lines they belong to. Constraints, warnings and notes are the
 * force's and are kept whole.
 */
import type { ForcePlan } from '@peel/engine';

/** `plan` limited to `areaId` (the whole plan when undefined). */
export function planInArea(plan: ForcePlan, areaId: string | undefined): ForcePlan {
  if (areaId === undefined) return plan;
  const cells = plan.cells.filter((cell) => !cell.areas.includes('all') && cell.areas.includes(areaId));
  const keys = new Set(cells.map((cell) => cell.key));
  const lines = new Set(cells.map((cell) => cell.line));
  return {
    ...plan,
    cells,
    lines: plan.lines.filter((line) => lines.has(line.id)),
    response: plan.response.filter((entry) => keys.has(entry.cell)),
    overrides: plan.overrides.filter((entry) => keys.has(entry.cell)),
  };
}
