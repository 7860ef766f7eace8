/**
 * A model under a scenario, as `peel plan --scenario` and the planning routes take one: one of the
 * model's own scenarios by id (@peel/model `applyScenario`), `merge:<area>,<area>` (two areas
 * merged) or `abstraction:<percent>` (abstraction at a new total) — @peel/engine's what-ifs.
 * Throws ScenarioError or WhatIfError (both RangeErrors) naming what is wrong; callers say which
 * option or field it came from.
 */
import { mergeAreas, scaleAbstraction, WhatIfError } from '@peel/engine';
import { applyScenario, ScenarioError, type PolicingModel } from '@peel/model';

/** The model under `scenario` (the model itself when null). */
export function modelUnderScenario(model: PolicingModel, scenario: string | null): PolicingModel {
  if (scenario === null) return model;
  if (scenario.startsWith('merge:')) {
    const areas = scenario.slice('merge:'.length).split(',').map((area) => area.trim());
    if (areas.length !== 2 || areas.some((area) => area === '')) throw new WhatIfError(`expected merge:<area>,<area>, got "${scenario}"`);
    return mergeAreas(model, { areas: [areas[0]!, areas[1]!] });
  }
  if (scenario.startsWith('abstraction:')) {
    const text = scenario.slice('abstraction:'.length);
    const percent = Number(text);
    if (text.trim() === '' || !Number.isFinite(percent)) throw new WhatIfError(`expected abstraction:<total percent>, e.g. abstraction:40, got "${scenario}"`);
    return scaleAbstraction(model, percent);
  }
  return applyScenario(model, scenario);
}

/** True for the errors {@link modelUnderScenario} throws for a bad scenario. */
export function isScenarioError(error: unknown): error is ScenarioError | WhatIfError {
  return error instanceof ScenarioError || error instanceof WhatIfError;
}
