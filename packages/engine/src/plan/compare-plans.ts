/**
 * Two plans side by side — the model before and after a scenario (North Yorkshire's precept
 * uplift; abstraction at 40 % instead of 50 %; two areas merged): per cell, line, response cell and
 * constraint, the figure in each plan (null where the plan has no such thing) and the change.
 */
import type { ForcePlan } from './plan-types';

/** A figure in the base plan and in the other. */
export interface Side<T> {
  base: T | null;
  other: T | null;
}

/** The comparison (see the file comment). */
export interface PlanComparison {
  model: ForcePlan['model'];
  base: { scenario: string | null; method: ForcePlan['method'] };
  other: { scenario: string | null; method: ForcePlan['method'] };
  /** Final posts per cell, keyed `team:role`, cells of both plans. */
  cells: ({ key: string; team: string; role: string; areas: string[]; change: number } & Side<number>)[];
  lines: ({ id: string; change: number } & Side<{ establishment: number; final: number; required: number | null }>)[];
  response: ({ cell: string; areas: string[] } & Side<{ posts: number; requiredPosts: number | null; compliance: number | null }>)[];
  constraints: ({ id: string; kind: string; description: string } & Side<{ required: number; final: number; met: boolean }>)[];
  warnings: { base: string[]; other: string[] };
}

/** Pairs the entries of two lists by key, base order first, then the other's new ones. */
function pair<T, K>(base: readonly T[], other: readonly T[], key: (item: T) => K): { key: K; base: T | null; other: T | null }[] {
  const others = new Map(other.map((item) => [key(item), item]));
  const result: { key: K; base: T | null; other: T | null }[] = base.map((item) => ({ key: key(item), base: item, other: others.get(key(item)) ?? null }));
  const seen = new Set(base.map(key));
  for (const item of other) if (!seen.has(key(item))) result.push({ key: key(item), base: null, other: item });
  return result;
}

/** Compares `base` with `other` (see the file comment). */
export function comparePlans(base: ForcePlan, other: ForcePlan): PlanComparison {
  if (base.model.id !== other.model.id) throw new RangeError(`other: a plan of model ${other.model.id}, not ${base.model.id}`);
  return {
    model: base.model,
    base: { scenario: base.scenario, method: base.method },
    other: { scenario: other.scenario, method: other.method },
    cells: pair(base.cells, other.cells, (cell) => cell.key).map(({ key, base: a, other: b }) => {
      const any = (a ?? b)!;
      return { key, team: any.team, role: any.role, areas: any.areas, base: a?.final ?? null, other: b?.final ?? null, change: (b?.final ?? 0) - (a?.final ?? 0) };
    }),
    lines: pair(base.lines, other.lines, (line) => line.id).map(({ key, base: a, other: b }) => ({
      id: key,
      base: a && { establishment: a.establishment, final: a.final, required: a.required },
      other: b && { establishment: b.establishment, final: b.final, required: b.required },
      change: (b?.final ?? 0) - (a?.final ?? 0),
    })),
    response: pair(base.response, other.response, (entry) => entry.cell).map(({ key, base: a, other: b }) => ({
      cell: key,
      areas: (a ?? b)!.areas,
      base: a && { posts: a.final.posts, requiredPosts: a.requiredPosts, compliance: a.final.compliance },
      other: b && { posts: b.final.posts, requiredPosts: b.requiredPosts, compliance: b.final.compliance },
    })),
    constraints: pair(base.constraints, other.constraints, (check) => check.id).map(({ key, base: a, other: b }) => {
      const any = (a ?? b)!;
      return { id: key, kind: any.kind, description: any.description, base: a && { required: a.required, final: a.final, met: a.met }, other: b && { required: b.required, final: b.final, met: b.met } };
    }),
    warnings: { base: base.warnings, other: other.warnings },
  };
}
