import { describe, expect, it } from 'vitest';
import type { WardClassification } from './classify-urban-rural';
import type { DistrictBoundary } from './load-district-boundaries';
import { scaffoldAreas, slugify } from './scaffold-areas';
import { squareBoundary } from './testing/synthetic';

const ward = (code: string, name: string, district: string, lon: number, lat: number): DistrictBoundary => ({
  ...squareBoundary(code, lon, lat, 0.01, 1),
  name,
  district,
});
const wards = [
  ward('E05000003', 'Zeal', 'E07000001', 0, 52),
  ward('E05000001', 'Abbey', 'E07000001', 0, 51),
  ward("E05000002", "St. Mary's", 'E07000002', 1, 51.5),
  ward('E05000004', 'abbey', 'E07000002', 1, 50),
];
const classification = new Map<string, WardClassification>(
  wards.map((w, i) => [w.code, { code: w.code, urbanRural: i % 2 === 0 ? 'urban' : 'rural', basis: 'lsoa-majority', lsoaCount: 1, urbanLsoaCount: i % 2 === 0 ? 1 : 0 }]),
);
const base = { areaId: 'north', areaName: 'North', districts: ['E07000002', 'E07000001'], wards, classification };

describe('scaffoldAreas', () => {
  it('makes one area with every ward, sorted by name, districts in the order asked', () => {
    const { areas, emptyParts } = scaffoldAreas(base);
    expect(emptyParts).toEqual([]);
    expect(areas).toEqual([
      {
        id: 'north',
        name: 'North',
        districts: ['E07000002', 'E07000001'],
        wards: [
          { code: 'E05000001', name: 'Abbey', urbanRural: 'rural' },
          { code: 'E05000004', name: 'abbey', urbanRural: 'rural' },
          { code: 'E05000002', name: "St. Mary's", urbanRural: 'urban' },
          { code: 'E05000003', name: 'Zeal', urbanRural: 'urban' },
        ].sort((a, b) => a.name.localeCompare(b.name, 'en-GB') || a.code.localeCompare(b.code)),
      },
    ]);
  });

  it('makes one area per split part, named and id-ed after the parts, listing only their districts', () => {
    const { areas } = scaffoldAreas({ ...base, split: { kind: 'latitude', bands: 2 }, splitNames: ['Upper Vale', 'Lower Vale'] });
    expect(areas.map((a) => [a.id, a.name, a.districts, a.wards.map((w) => w.code)])).toEqual([
      ['north-upper-vale', 'North Upper Vale', ['E07000002', 'E07000001'], ['E05000002', 'E05000003']],
      ['north-lower-vale', 'North Lower Vale', ['E07000002', 'E07000001'], ['E05000004', 'E05000001']], // 'abbey' sorts before 'Abbey' in en-GB
    ]);
    const defaults = scaffoldAreas({ ...base, split: { kind: 'longitude', bands: 2 } });
    expect(defaults.areas.map((a) => [a.id, a.districts])).toEqual([
      ['north-west', ['E07000001']],
      ['north-east', ['E07000002']],
    ]);
  });

  it('leaves out and names split parts with no wards', () => {
    const { areas, emptyParts } = scaffoldAreas({ ...base, wards: wards.slice(0, 2), split: { kind: 'quadrant' } });
    expect(areas.map((a) => a.id)).toEqual(['north-north', 'north-south']);
    expect(emptyParts).toEqual(['East', 'West']);
  });

  it('rejects split names that do not fit the split', () => {
    expect(() => scaffoldAreas({ ...base, split: { kind: 'latitude', bands: 2 }, splitNames: ['A'] })).toThrow(
      'the split makes 2 areas but 1 split names were given (A)',
    );
    expect(() => scaffoldAreas({ ...base, split: { kind: 'latitude', bands: 2 }, splitNames: ['A b', 'a-B'] })).toThrow('north-a-b twice');
    expect(() => scaffoldAreas({ ...base, split: { kind: 'latitude', bands: 2 }, splitNames: ['A', '!!'] })).toThrow('no letters or digits');
    expect(() => scaffoldAreas({ ...base, splitNames: ['A'] })).toThrow('split names were given without a split');
  });

  it('refuses a ward without a classification', () => {
    expect(() => scaffoldAreas({ ...base, classification: new Map() })).toThrow('ward E05000003 (Zeal) has no urban/rural classification');
  });
});

describe('slugify', () => {
  it('keeps letters and digits, lower-cased, joined by single hyphens', () => {
    expect(slugify("  St. Mary's & Öst 2 ")).toBe('st-mary-s-ost-2');
  });
});
