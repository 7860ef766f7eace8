import { describe, expect, it } from 'vitest';
import { BoundaryFileError } from './boundary-file-error';
import { parseBoundaryCollection } from './parse-boundary-collection';
import { squareFeature } from './testing/synthetic';

const WARDS = { codeProperty: 'WD13CD', nameProperty: 'WD13NM' };

function collection(...features: unknown[]): unknown {
  return { type: 'FeatureCollection', features };
}

function errorOf(action: () => unknown): BoundaryFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof BoundaryFileError) return error;
    throw error;
  }
  throw new Error('expected a BoundaryFileError');
}

describe('parseBoundaryCollection', () => {
  it('returns code, name, bounding box, centroid and area in km²', () => {
    const [ward] = parseBoundaryCollection(collection(squareFeature('E05000001', 'Town', 0, 0, 0.01)), 'wards.json', WARDS);
    expect(ward).toMatchObject({ code: 'E05000001', name: 'Town', bbox: [0, 0, 0.01, 0.01] });
    expect(ward?.centroid[0]).toBeCloseTo(0.005, 12);
    expect(ward?.centroid[1]).toBeCloseTo(0.005, 12);
    // A 0.01° square at the equator on turf's sphere (R = 6,371,008.8 m): (0.01 × π/180 × R)² ≈ 1.2364 km².
    expect(ward?.areaKm2).toBeCloseTo(1.2364, 3);
  });

  it('names the file and the feature index when the code property is missing', () => {
    const nameless = { ...squareFeature('E05000002', 'B', 1, 1, 1), properties: { WD13NM: 'B' } };
    const error = errorOf(() => parseBoundaryCollection(collection(squareFeature('E05000001', 'A', 0, 0, 1), nameless), 'x/wards.json', WARDS));
    expect(error.message).toBe('x/wards.json: feature 1: property "WD13CD" (the code) is missing or not a non-empty string');
    expect(error.featureIndex).toBe(1);
  });

  it('names the file, the feature and its code when the name is missing', () => {
    const feature = { ...squareFeature('E05000001', 'A', 0, 0, 1), properties: { WD13CD: 'E05000001', WD13NM: null } };
    expect(errorOf(() => parseBoundaryCollection(collection(feature), 'w.json', WARDS)).message).toBe(
      'w.json: feature 0 (E05000001): property "WD13NM" (the name) is missing or not a non-empty string',
    );
  });

  it('names the file, the feature and the fault of a bad geometry', () => {
    const feature = { ...squareFeature('E05000001', 'A', 0, 0, 1), geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } };
    expect(errorOf(() => parseBoundaryCollection(collection(feature), 'w.json', WARDS)).message).toBe(
      'w.json: feature 0 (E05000001): bad geometry: geometry type is "LineString"; expected Polygon or MultiPolygon',
    );
  });

  it('rejects a repeated code', () => {
    const features = collection(squareFeature('E05000001', 'A', 0, 0, 1), squareFeature('E05000001', 'B', 1, 0, 1));
    expect(errorOf(() => parseBoundaryCollection(features, 'w.json', WARDS)).message).toBe(
      'w.json: feature 1 (E05000001): code E05000001 is already used by feature 0',
    );
  });

  it('rejects what is not a FeatureCollection of Features', () => {
    expect(errorOf(() => parseBoundaryCollection([], 'w.json', WARDS)).message).toBe('w.json: expected a GeoJSON FeatureCollection');
    expect(errorOf(() => parseBoundaryCollection({ type: 'FeatureCollection' }, 'w.json', WARDS)).message).toContain('no "features" array');
    expect(errorOf(() => parseBoundaryCollection(collection({ type: 'Point' }), 'w.json', WARDS)).message).toBe(
      'w.json: feature 0: expected a GeoJSON Feature',
    );
  });
});
