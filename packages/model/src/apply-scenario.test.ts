import { describe, expect, it } from 'vitest';
import { applyScenario, ScenarioError } from './apply-scenario';
import { headcountByRole } from './check/headcount';
import { loadModel } from './load/load-model';
import { SYNTHETIC_TEXT } from './test-fixtures';

const loaded = loadModel(SYNTHETIC_TEXT);
if (!loaded.valid) throw new Error('synthetic model must load');
const model = loaded.model;

describe('applyScenario', () => {
  it('adds teams and changes headcount without touching the input', () => {
    const after = applyScenario(model, 'uplift');
    expect(headcountByRole(after.teams).PC).toBe(headcountByRole(model.teams).PC! + 4);
    expect(after.teams.map((team) => team.id)).toContain('task-force');
    expect(model.teams.map((team) => team.id)).not.toContain('task-force');
    expect(model.teams[0]?.roles.PC?.headcount).toBe(20);
    expect(after.teams[0]?.roles.PC?.headcount).toBe(21);
  });

  it('overrides abstraction causes', () => {
    const after = applyScenario(model, 'lower-abstraction');
    expect(after.abstractionPercent).toEqual({ sickness: 5, 'annual-leave': 12, training: 3, court: 2 });
  });

  it('rejects an unknown scenario naming the known ones', () => {
    expect(() => applyScenario(model, 'nope')).toThrow(ScenarioError);
    expect(() => applyScenario(model, 'nope')).toThrow('scenarioId: unknown scenario "nope" (model peelshire has uplift, lower-abstraction)');
  });
});
