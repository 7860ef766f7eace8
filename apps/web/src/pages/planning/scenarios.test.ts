import { describe, expect, it } from 'vitest';
import { isKnownScenario, scenarioName, scenarioOptions } from './scenarios';

const model = {
  scenarios: [{ id: 'uplift', name: 'Uplift of 4 PCs', description: null }],
  areas: [
    { id: 'north', name: 'North Peelshire', wards: 3 },
    { id: 'south', name: 'South Peelshire', wards: 2 },
  ],
};

describe('scenarios', () => {
  it("knows the model's scenarios and the what-ifs over its areas", () => {
    expect(isKnownScenario(model, 'uplift')).toBe(true);
    expect(isKnownScenario(model, 'abstraction:40')).toBe(true);
    expect(isKnownScenario(model, 'merge:north,south')).toBe(true);
    expect(isKnownScenario(model, 'merge:north,north')).toBe(false);
    expect(isKnownScenario(model, 'merge:north,west')).toBe(false);
    expect(isKnownScenario(model, 'abstraction:')).toBe(false);
    expect(isKnownScenario(model, 'atlantis')).toBe(false);
  });

  it('names them in words and offers the what-ifs in use', () => {
    expect(scenarioName(model, null)).toBe('The model as written');
    expect(scenarioName(model, 'abstraction:40')).toBe('What if abstraction were 40 %');
    expect(scenarioName(model, 'merge:north,south')).toBe('What if North Peelshire and South Peelshire merged');
    expect(scenarioOptions(model, [null, 'abstraction:40', 'uplift', 'atlantis']).map((option) => option.id)).toEqual(['uplift', 'abstraction:40']);
  });
});
