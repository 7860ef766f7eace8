import { describe, expect, it } from 'vitest';
import { squareBoundary } from '../boundaries/testing/synthetic';
import { createGeographyResolver } from './create-geography-resolver';
import { createGeographyTally, describeUnknownLsoaCodes, tallyResolutions } from './geography-tally';

// Two wards side by side: W1 = [0, 0.02] × [0, 0.01] holds LSOAs L1 (west) and L2 (east);
// W2 = [0.02, 0.03] × [0, 0.01] has no LSOA polygon. Area north has W1, area south has W2.
const lsoas = [squareBoundary('L1', 0, 0, 0.01, 1), squareBoundary('L2', 0.01, 0, 0.01, 1)];
const w1 = { ...squareBoundary('W1', 0, 0, 0.01, 2), geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [0.02, 0], [0.02, 0.01], [0, 0.01], [0, 0]]] }, bbox: [0, 0, 0.02, 0.01] as [number, number, number, number], centroid: [0.01, 0.005] as [number, number] };
const wards = [w1, squareBoundary('W2', 0.02, 0, 0.01, 1)];
const model = { geography: { areas: [{ id: 'north', wards: [{ code: 'W1' }] }, { id: 'south', wards: [{ code: 'W2' }] }] } };
const resolver = createGeographyResolver({ lsoas, wards, model });

describe('createGeographyResolver', () => {
  it('matches by code when the record carries a known LSOA code, with the ward of its point', () => {
    expect(resolver.resolve({ lsoaCode: 'L1', longitude: 0.005, latitude: 0.005 })).toEqual({ matchedLsoaCode: 'L1', wardCode: 'W1', areaId: 'north', geoMatch: 'code' });
  });

  it('keeps the code match even when the point lies in another LSOA; the ward is still the point’s', () => {
    // data.police.uk snaps points to a nearby street: the code is the better evidence for the LSOA.
    expect(resolver.resolve({ lsoaCode: 'L1', longitude: 0.025, latitude: 0.005 })).toEqual({ matchedLsoaCode: 'L1', wardCode: 'W2', areaId: 'south', geoMatch: 'code' });
  });

  it('places a code match without coordinates in the ward holding the LSOA’s interior point', () => {
    expect(resolver.resolve({ lsoaCode: 'L2', longitude: null, latitude: null })).toEqual({ matchedLsoaCode: 'L2', wardCode: 'W1', areaId: 'north', geoMatch: 'code' });
  });

  it('uses the LSOA’s ward when a code matched but the point lies outside every ward', () => {
    expect(resolver.resolve({ lsoaCode: 'L1', longitude: 5, latitude: 5 })).toMatchObject({ matchedLsoaCode: 'L1', wardCode: 'W1', geoMatch: 'code' });
  });

  it('falls back to point-in-polygon when the code is unknown (e.g. a 2021 code against 2011 polygons)', () => {
    expect(resolver.resolve({ lsoaCode: 'E01035000', longitude: 0.015, latitude: 0.005 })).toEqual({ matchedLsoaCode: 'L2', wardCode: 'W1', areaId: 'north', geoMatch: 'geometry' });
  });

  it('places a point in a ward with no LSOA polygon by geometry, without an LSOA', () => {
    expect(resolver.resolve({ lsoaCode: null, longitude: 0.025, latitude: 0.005 })).toEqual({ matchedLsoaCode: null, wardCode: 'W2', areaId: 'south', geoMatch: 'geometry' });
  });

  it('places nothing for an unknown code without coordinates, a point outside every polygon, or non-finite coordinates', () => {
    const none = { matchedLsoaCode: null, wardCode: null, areaId: null, geoMatch: 'none' };
    expect(resolver.resolve({ lsoaCode: 'E01099999', longitude: null, latitude: null })).toEqual(none);
    expect(resolver.resolve({ lsoaCode: 'E01099999', longitude: 1, latitude: 1 })).toEqual(none);
    expect(resolver.resolve({ lsoaCode: null, longitude: Number.NaN, latitude: 0.005 })).toEqual(none);
    expect(resolver.resolve({ lsoaCode: null, longitude: 0.005, latitude: null })).toEqual(none);
  });

  it('gives no area without a model', () => {
    expect(createGeographyResolver({ lsoas, wards }).resolve({ lsoaCode: 'L1', longitude: null, latitude: null })).toEqual({ matchedLsoaCode: 'L1', wardCode: 'W1', areaId: null, geoMatch: 'code' });
  });

  it('puts a crescent-shaped LSOA without coordinates in its own ward, not the ward its centroid falls in', () => {
    // An L-shaped LSOA along the south and west edges of ward A; its vertex-mean centroid lies in
    // the hole of the L, which is ward B.
    const lShape = { type: 'Polygon' as const, coordinates: [[[0, 0], [0.01, 0], [0.01, 0.001], [0.001, 0.001], [0.001, 0.01], [0, 0.01], [0, 0]]] };
    const crescent = { code: 'LC', geometry: lShape, bbox: [0, 0, 0.01, 0.01] as [number, number, number, number], centroid: [0.004, 0.004] as [number, number] };
    const wardA = { code: 'A', geometry: lShape, bbox: crescent.bbox, centroid: crescent.centroid };
    const wardB = squareBoundary('B', 0.001, 0.001, 0.009, 1);
    const crescentResolver = createGeographyResolver({ lsoas: [crescent], wards: [wardA, wardB] });
    expect(crescentResolver.resolve({ lsoaCode: 'LC', longitude: null, latitude: null }).wardCode).toBe('A');
  });

  it('rejects a model that puts one ward in two areas, naming the ward and areas', () => {
    const bad = { geography: { areas: [{ id: 'a', wards: [{ code: 'W1' }] }, { id: 'b', wards: [{ code: 'W1' }] }] } };
    expect(() => createGeographyResolver({ lsoas, wards, model: bad })).toThrow(/ward W1 is in both area a and area b/);
  });

  it('resolves with empty boundary sets (every record unmatched)', () => {
    expect(createGeographyResolver({ lsoas: [], wards: [] }).resolve({ lsoaCode: 'L1', longitude: 0.005, latitude: 0.005 }).geoMatch).toBe('none');
  });
});

describe('createGeographyTally', () => {
  it('counts code, geometry and unmatched records and the unknown LSOA codes among them', () => {
    const tally = createGeographyTally();
    const locations = [
      { lsoaCode: 'L1', longitude: 0.005, latitude: 0.005 }, // code
      { lsoaCode: 'NEW1', longitude: 0.015, latitude: 0.005 }, // unknown, geometry
      { lsoaCode: 'NEW1', longitude: 0.012, latitude: 0.005 }, // unknown, geometry
      { lsoaCode: 'NEW2', longitude: null, latitude: null }, // unknown, none
      { lsoaCode: null, longitude: 0.025, latitude: 0.005 }, // geometry (ward only)
      { lsoaCode: '', longitude: null, latitude: null }, // none, no code
    ];
    for (const location of locations) tally.add(location, resolver.resolve(location));
    const counts = tally.counts();
    expect(counts).toEqual({ matchedByCode: 1, matchedByGeometry: 3, unmatched: 2, unknownLsoaCodes: 3, unknownLsoaCodesPlacedByGeometry: 2, distinctUnknownLsoaCodes: 2 });
    expect(describeUnknownLsoaCodes(counts)).toMatch(/^3 records \(2 distinct codes\) .* 2011 LSOA boundaries; 2 of them were placed by their coordinates/);
    expect(describeUnknownLsoaCodes(createGeographyTally().counts())).toBeUndefined();
  });

  it('tallies through a wrapped resolver that answers as the resolver does', () => {
    const counting = tallyResolutions(resolver);
    expect(counting.resolve({ lsoaCode: 'NEW1', longitude: 0.015, latitude: 0.005 })).toEqual(resolver.resolve({ lsoaCode: 'NEW1', longitude: 0.015, latitude: 0.005 }));
    counting.resolve({ lsoaCode: 'L1', longitude: null, latitude: null });
    expect(counting.counts()).toMatchObject({ matchedByCode: 1, matchedByGeometry: 1, unknownLsoaCodes: 1, unknownLsoaCodesPlacedByGeometry: 1 });
  });
});
