import type { BoundaryRepository, StoredBoundary } from '@peel/domain';
import { describe, expect, it } from 'vitest';
import { squareBoundary } from '../boundaries/testing/synthetic';
import { createGeographyResolver } from './create-geography-resolver';
import { createIncidentLocationResolver, loadIncidentLocationResolver } from './incident-location-resolver';

// Ward W1 = [0, 0.02] × [0, 0.01] holding LSOA L1 = [0, 0.01] × [0, 0.01]; ward W2 = [0.02, 0.03] × [0, 0.01]
// with no LSOA polygon. Area north has W1; W2 is in no area of the model.
const l1 = squareBoundary('L1', 0, 0, 0.01, 1);
const w1 = { ...squareBoundary('W1', 0, 0, 0.01, 2), geometry: { type: 'Polygon' as const, coordinates: [[[0, 0], [0.02, 0], [0.02, 0.01], [0, 0.01], [0, 0]]] }, bbox: [0, 0, 0.02, 0.01] as [number, number, number, number], centroid: [0.01, 0.005] as [number, number] };
const w2 = squareBoundary('W2', 0.02, 0, 0.01, 1);
const model = {
  geography: {
    boundaries: { wards: { path: 'wards/{district}.json', codeProperty: 'WD13CD', nameProperty: 'WD13NM' } },
    areas: [{ id: 'north', districts: ['D1'], wards: [{ code: 'W1' }] }],
  },
};

describe('createIncidentLocationResolver (the incident LocationResolver port)', () => {
  const locations = createIncidentLocationResolver(createGeographyResolver({ lsoas: [l1], wards: [w1, w2], model }));

  it('places a point in its LSOA, ward and model area (lat/lon in the port, lon/lat in GeoJSON)', async () => {
    expect(await locations.resolve({ lat: 0.005, lon: 0.005 })).toEqual({ lsoaCode: 'L1', wardCode: 'W1', areaId: 'north' });
  });

  it('gives null for what the point is not in: no LSOA polygon, a ward in no area, nothing at all', async () => {
    expect(await locations.resolve({ lat: 0.005, lon: 0.015 })).toEqual({ lsoaCode: null, wardCode: 'W1', areaId: 'north' });
    expect(await locations.resolve({ lat: 0.005, lon: 0.025 })).toEqual({ lsoaCode: null, wardCode: 'W2', areaId: null });
    expect(await locations.resolve({ lat: 51.5, lon: -0.1 })).toEqual({ lsoaCode: null, wardCode: null, areaId: null });
  });

  it('loads from the boundary repository, asking for the model’s districts only', async () => {
    const asked: unknown[] = [];
    const stored = (boundary: typeof l1, level: 'lsoa' | 'ward'): StoredBoundary => ({ ...boundary, level, name: boundary.code, district: 'D1', vintage: '2011', importId: 1, areaKm2: 1 });
    const repository: BoundaryRepository = {
      importBoundaries: () => Promise.reject(new Error('not used')),
      async listBoundaries(query) {
        asked.push(query);
        return query.level === 'lsoa' ? [stored(l1, 'lsoa')] : [stored(w1, 'ward'), stored(w2, 'ward')];
      },
    };
    const loaded = await loadIncidentLocationResolver({ repository, model });
    expect(await loaded.resolve({ lat: 0.005, lon: 0.005 })).toEqual({ lsoaCode: 'L1', wardCode: 'W1', areaId: 'north' });
    expect(asked).toEqual([
      { level: 'lsoa', districts: ['D1'] },
      { level: 'ward', districts: ['D1'] },
    ]);
  });
});
