import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assessCoverage } from './assess-coverage';
import { coverageAreasFromModel, type CoverageArea } from './coverage-area';
import { coverRequirementsFromModel } from './cover-requirements';
import { greatCircleDistanceKm } from './great-circle-distance';
import { modelFromText } from './testing/model-from-text';
import { travelMinutesForDistance } from './travel-model';

const model = modelFromText(readFileSync(new URL('../../../../models/synthetic.yaml', import.meta.url), 'utf8'));
// Invented centroids for Peelshire's two areas, about 17 km apart.
const CENTROIDS = new Map([
  ['north', { lat: 52.6, lon: -1.2 }],
  ['south', { lat: 52.45, lon: -1.15 }],
]);

describe('coverage areas from the model', () => {
  it('class each area by its wards (north: 2 of 3 urban → urban 15 min; south: 1 of 2 → tie → urban) with the grade 1 target', () => {
    expect(coverageAreasFromModel({ model, centroids: CENTROIDS })).toEqual([
      { id: 'north', centroid: { lat: 52.6, lon: -1.2 }, urbanRural: 'urban', targetMinutes: 15 },
      { id: 'south', centroid: { lat: 52.45, lon: -1.15 }, urbanRural: 'urban', targetMinutes: 15 },
    ]);
  });

  it('throw VALIDATION naming a missing centroid or a grade without an attendance target', () => {
    expect(() => coverageAreasFromModel({ model, centroids: new Map([['north', { lat: 52.6, lon: -1.2 }]]) })).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'centroids.south' }));
    expect(() => coverageAreasFromModel({ model, centroids: new Map([...CENTROIDS, ['south', { lat: 99, lon: 0 }]]) })).toThrow(expect.objectContaining({ field: 'centroids.south.lat' }));
    expect(() => coverageAreasFromModel({ model, centroids: CENTROIDS, grade: 3 })).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'grade' }));
  });

  it('take the roles of the first deploy rule for grade 1 as what counts towards cover (Peelshire: a PC)', () => {
    expect(coverRequirementsFromModel(model)).toEqual({ roles: ['PC'] });
    expect(coverRequirementsFromModel(model, 4)).toEqual({});
  });
});

describe('assessCoverage', () => {
  const north: CoverageArea = { id: 'north', centroid: { lat: 52.6, lon: -1.2 }, urbanRural: 'urban', targetMinutes: 15 };
  const south: CoverageArea = { id: 'south', centroid: { lat: 52.45, lon: -1.15 }, urbanRural: 'rural', targetMinutes: 20 };

  it('finds each area\'s nearest unit and fallback, and which areas fall outside the target if a unit goes', () => {
    // u1 next to north's centroid, u2 3 km north of it (6.5 min urban), u3 about 0.5 km from south.
    const units = [
      { id: 'u1', position: { lat: 52.601, lon: -1.2 } },
      { id: 'u2', position: { lat: 52.627, lon: -1.2 } },
      { id: 'u3', position: { lat: 52.455, lon: -1.15 } },
    ];
    const cover = assessCoverage({ units, areas: [north, south] });
    const [northCover, southCover] = cover.areas;
    expect(northCover).toMatchObject({ areaId: 'north', nearestUnitId: 'u1', covered: true });
    expect(northCover?.fallbackMinutes).toBeCloseTo(travelMinutesForDistance(greatCircleDistanceKm(units[1]!.position, north.centroid), 'urban'), 10);
    expect(southCover).toMatchObject({ areaId: 'south', nearestUnitId: 'u3', covered: true });
    // Sending u1 leaves north to u2 (~6.5 min): still covered. Sending u3 leaves south to u2, ~20 km
    // at rural speed: 20 km × 1.4 ÷ 64 km/h ≈ 26 min > 20 → south falls outside its target.
    expect(cover.lossIfSent('u1')).toEqual([]);
    expect(cover.lossIfSent('u2')).toEqual([]);
    const loss = cover.lossIfSent('u3');
    expect(loss).toHaveLength(1);
    expect(loss[0]).toMatchObject({ areaId: 'south', targetMinutes: 20 });
    expect(loss[0]!.minutesAfter).toBeGreaterThan(20);
    expect(cover.uncoveredAreaIds).toEqual([]);
  });

  it('says no unit would be left (minutesAfter null) when the only unit goes, and blames nobody for an area already uncovered', () => {
    const farAway = { ...south, centroid: { lat: 53.5, lon: -1.15 } };
    const cover = assessCoverage({ units: [{ id: 'only', position: north.centroid }], areas: [north, farAway] });
    expect(cover.lossIfSent('only')).toEqual([{ areaId: 'north', targetMinutes: 15, minutesNow: 0, minutesAfter: null }]);
    expect(cover.uncoveredAreaIds).toEqual(['south']);
    expect(assessCoverage({ units: [], areas: [north] }).areas[0]).toMatchObject({ nearestUnitId: null, nearestMinutes: null, covered: false });
  });

  it('agrees with the brute-force definition (remove the unit, recompute every area) for random forces — fast-check, seed 11', () => {
    const point = fc.record({ lat: fc.double({ min: 52.3, max: 52.8, noNaN: true }), lon: fc.double({ min: -1.5, max: -0.9, noNaN: true }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 40 }), fc.array(fc.tuple(point, fc.boolean(), fc.integer({ min: 3, max: 25 })), { minLength: 1, maxLength: 15 }), (positions, areaSpecs) => {
        const units = positions.map((position, i) => ({ id: `u${i}`, position }));
        const areas = areaSpecs.map(([centroid, urban, targetMinutes], i): CoverageArea => ({ id: `a${i}`, centroid, urbanRural: urban ? 'urban' : 'rural', targetMinutes }));
        const best = (pool: typeof units, area: CoverageArea) =>
          Math.min(Infinity, ...pool.map((unit) => travelMinutesForDistance(greatCircleDistanceKm(unit.position, area.centroid), area.urbanRural)));
        const cover = assessCoverage({ units, areas });
        for (const unit of units) {
          const rest = units.filter((other) => other.id !== unit.id);
          const expected = areas.filter((area) => best(units, area) <= area.targetMinutes && best(rest, area) > area.targetMinutes).map((area) => area.id);
          expect(cover.lossIfSent(unit.id).map((loss) => loss.areaId)).toEqual(expected);
        }
        expect(cover.uncoveredAreaIds).toEqual(areas.filter((area) => !(best(units, area) <= area.targetMinutes)).map((area) => area.id));
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
