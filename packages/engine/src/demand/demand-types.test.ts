import { describe, expect, it } from 'vitest';
import { DEFAULT_MINUTES_PER_JOB, mapCategoriesToDemandTypes, minutesPerJob, type DemandTypeSpec } from './demand-types';
import { DEFAULT_HARM_WEIGHTS, resolveHarmWeights } from './harm-weights';
import { POLICE_UK_CATEGORY_SLUGS } from './police-uk-categories';

// The demand types of models/synthetic.yaml.
const synthetic: DemandTypeSpec[] = [
  { id: 'violence', name: 'Violence against the person', policeUkCategories: ['violent-crime'], timeTakenMinutes: { PC: 240 } },
  { id: 'asb', name: 'Anti-social behaviour', policeUkCategories: ['anti-social-behaviour'], timeTakenMinutes: { PC: 60, PCSO: 90 } },
  { id: 'theft', name: 'Theft and handling', policeUkCategories: ['other-theft', 'shoplifting', 'bicycle-theft'], timeTakenMinutes: { PC: 90, PCSO: 60 } },
  { id: 'mental-health', name: 'Concern for welfare', timeTakenMinutes: { PC: 180 } },
];

describe('mapping data.police.uk categories to demand types', () => {
  it('uses the model where it names the category and keeps the rest as unmapped categories with the default time', () => {
    const mapping = mapCategoriesToDemandTypes(synthetic);
    expect(mapping.byCategory.shoplifting.id).toBe('theft');
    expect(mapping.byCategory['violent-crime'].id).toBe('violence');
    expect(mapping.byCategory.burglary).toMatchObject({ id: 'unmapped:burglary', timeTakenMinutes: { PC: DEFAULT_MINUTES_PER_JOB.burglary } });
    expect(mapping.unmapped).toHaveLength(14 - 5);
    // mental-health has no category, so no crime counts as it.
    expect(mapping.types.map((type) => type.id).slice(0, 3)).toEqual(['violence', 'asb', 'theft']);
  });

  it('without a model every category is its own type', () => {
    const mapping = mapCategoriesToDemandTypes();
    expect(mapping.types.map((type) => type.id)).toEqual([...POLICE_UK_CATEGORY_SLUGS]);
    expect(mapping.unmapped).toEqual([...POLICE_UK_CATEGORY_SLUGS]);
  });

  it('refuses a category claimed by two types, naming both', () => {
    const twice = [...synthetic, { id: 'retail', name: 'Retail crime', policeUkCategories: ['shoplifting'], timeTakenMinutes: { PC: 30 } }];
    expect(() => mapCategoriesToDemandTypes(twice)).toThrow("demandTypes[4].policeUkCategories: 'shoplifting' is already mapped to demand type 'theft'");
  });

  it('time per job is one role’s minutes, or the sum over roles (total staff time)', () => {
    const asb = synthetic[1]!;
    expect(minutesPerJob(asb)).toBe(150);
    expect(minutesPerJob(asb, 'PCSO')).toBe(90);
    expect(minutesPerJob(asb, 'DC')).toBe(0);
  });
});

describe('harm weights', () => {
  it('fills a partial model table from the default and says which', () => {
    const harm = resolveHarmWeights({ name: 'synthetic', unit: 'days of imprisonment', source: 'invented', weights: { 'violent-crime': 120, burglary: 40, 'other-theft': 2, 'anti-social-behaviour': 0 } });
    expect(harm.weights['violent-crime']).toBe(120);
    expect(harm.weights.robbery).toBe(DEFAULT_HARM_WEIGHTS.robbery);
    expect(harm.defaulted).toHaveLength(10);
    expect(harm.defaulted).not.toContain('burglary');
  });

  it('uses the default table without a model, and rejects unknown categories and negative weights', () => {
    expect(resolveHarmWeights().defaulted).toHaveLength(14);
    expect(() => resolveHarmWeights({ name: 'x', unit: 'days', source: 'x', weights: { jaywalking: 1 } })).toThrow("harmWeights.weights: expected a data.police.uk category slug, got 'jaywalking'");
    expect(() => resolveHarmWeights({ name: 'x', unit: 'days', source: 'x', weights: { robbery: -1 } })).toThrow('harmWeights.weights.robbery: expected a number >= 0, got -1');
  });
});
