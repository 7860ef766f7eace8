/**
 * The scenarios a plan can be made under: the model's own (by id) and the engine's what-ifs —
 * `abstraction:<percent>` (abstraction at a new total) and `merge:<area>,<area>` (two areas
 * merged) — with their names in words, for the pickers.
 */
import type { PlanningModelSummary } from './types';

type Model = Pick<PlanningModelSummary, 'scenarios' | 'areas'>;

const ABSTRACTION = /^abstraction:(\d{1,2}(?:\.\d+)?)$/;
const MERGE = /^merge:([^,]+),([^,]+)$/;

/** True when `id` names a scenario of `model` or a what-if over its areas. */
export function isKnownScenario(model: Model, id: string): boolean {
  if (model.scenarios.some((scenario) => scenario.id === id)) return true;
  if (ABSTRACTION.test(id)) return true;
  const merge = MERGE.exec(id);
  return merge !== null && merge[1] !== merge[2] && [merge[1], merge[2]].every((area) => model.areas.some((candidate) => candidate.id === area));
}

/** A scenario's name: the model's, or the what-if in words; "The model as written" for none. */
export function scenarioName(model: Model, id: string | null): string {
  if (id === null) return 'The model as written';
  const own = model.scenarios.find((scenario) => scenario.id === id);
  if (own) return own.name;
  const abstraction = ABSTRACTION.exec(id);
  if (abstraction) return `What if abstraction were ${abstraction[1]} %`;
  const merge = MERGE.exec(id);
  if (merge) {
    const name = (area: string) => model.areas.find((candidate) => candidate.id === area)?.name ?? area;
    return `What if ${name(merge[1]!)} and ${name(merge[2]!)} merged`;
  }
  return id;
}

/** The options of a scenario picker: the model's scenarios, then the what-ifs in use (`current`) that are not among them. */
export function scenarioOptions(model: Model, current: readonly (string | null)[]): { id: string; name: string }[] {
  const options = model.scenarios.map((scenario) => ({ id: scenario.id, name: scenario.name }));
  for (const id of current) {
    if (id !== null && !options.some((option) => option.id === id) && isKnownScenario(model, id)) options.push({ id, name: scenarioName(model, id) });
  }
  return options;
}
