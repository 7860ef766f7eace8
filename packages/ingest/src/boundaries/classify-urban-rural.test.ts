import { describe, expect, it } from 'vitest';
import { classifyWards, isUrbanArea, URBAN_LSOA_MAX_AREA_KM2 } from './classify-urban-rural';
import { squareBoundary } from './testing/synthetic';

// Four wards side by side, each 1° wide; LSOAs are small squares placed inside them. Areas are set
// by hand (not the squares' true areas) so the rule is tested on its own.
const ward = (code: string, column: number, areaKm2 = 100) => squareBoundary(code, column, 0, 1, areaKm2);
const lsoa = (code: string, column: number, slot: number, areaKm2: number) => squareBoundary(code, column + 0.1 + slot * 0.2, 0.4, 0.1, areaKm2);

describe('classifyWards', () => {
  const wards = [ward('MOSTLY-URBAN', 0), ward('MOSTLY-RURAL', 1), ward('TIED', 2), ward('EMPTY-SMALL', 3, 2.5), ward('EMPTY-LARGE', 4, 2.6)];
  const lsoas = [
    lsoa('a1', 0, 0, 0.4), lsoa('a2', 0, 1, 2.5), lsoa('a3', 0, 2, 30),
    lsoa('b1', 1, 0, 0.4), lsoa('b2', 1, 1, 2.51), lsoa('b3', 1, 2, 30),
    lsoa('c1', 2, 0, 1), lsoa('c2', 2, 1, 40),
    lsoa('outside', 9, 0, 1),
  ];
  const result = classifyWards({ wards, lsoas });

  it('calls a ward urban when at least half of its LSOAs are at most 2.5 km²', () => {
    expect(result.get('MOSTLY-URBAN')).toEqual({ code: 'MOSTLY-URBAN', urbanRural: 'urban', basis: 'lsoa-majority', lsoaCount: 3, urbanLsoaCount: 2 });
    expect(result.get('MOSTLY-RURAL')).toMatchObject({ urbanRural: 'rural', lsoaCount: 3, urbanLsoaCount: 1 });
  });

  it('counts a tie as urban ("at least half")', () => {
    expect(result.get('TIED')).toMatchObject({ urbanRural: 'urban', lsoaCount: 2, urbanLsoaCount: 1 });
  });

  it('falls back to the ward area when no LSOA falls inside the ward', () => {
    expect(result.get('EMPTY-SMALL')).toMatchObject({ urbanRural: 'urban', basis: 'ward-area', lsoaCount: 0 });
    expect(result.get('EMPTY-LARGE')).toMatchObject({ urbanRural: 'rural', basis: 'ward-area' });
  });

  it('places an LSOA by an interior point when its centroid lies outside it', () => {
    // An L-shaped LSOA mostly in ward 1 whose recorded centroid sits in ward 0, outside the L itself.
    const l = { ...lsoa('L', 1, 0, 0.5), geometry: { type: 'Polygon' as const, coordinates: [[[1.1, 0.1], [1.9, 0.1], [1.9, 0.2], [1.2, 0.2], [1.2, 0.9], [1.1, 0.9], [1.1, 0.1]]] }, centroid: [0.5, 0.5] as [number, number], bbox: [1.1, 0.1, 1.9, 0.9] as [number, number, number, number] };
    const placed = classifyWards({ wards: [ward('W0', 0), ward('W1', 1)], lsoas: [l] });
    expect(placed.get('W1')?.lsoaCount).toBe(1);
    expect(placed.get('W0')?.lsoaCount).toBe(0);
  });

  it('takes another threshold, and rejects a meaningless one', () => {
    expect(classifyWards({ wards, lsoas, urbanMaxAreaKm2: 0.3 }).get('MOSTLY-URBAN')?.urbanRural).toBe('rural');
    expect(() => classifyWards({ wards, lsoas, urbanMaxAreaKm2: 0 })).toThrow(RangeError);
    expect(() => classifyWards({ wards, lsoas, urbanMaxAreaKm2: Number.NaN })).toThrow(/urbanMaxAreaKm2/);
  });

  it('keeps the wards in their order', () => {
    expect([...result.keys()]).toEqual(wards.map((w) => w.code));
  });
});

describe('isUrbanArea', () => {
  it('uses 2.5 km² by default, inclusive', () => {
    expect(URBAN_LSOA_MAX_AREA_KM2).toBe(2.5);
    expect(isUrbanArea(2.5)).toBe(true);
    expect(isUrbanArea(2.500001)).toBe(false);
  });
});
