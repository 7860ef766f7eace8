import { area as turfArea } from '@turf/area';
import { centroid as turfCentroid } from '@turf/centroid';
import type { BoundaryFeature, BoundaryProperties } from './boundary-feature';
import { BoundaryFileError } from './boundary-file-error';
import { validateGeometry } from './validate-geometry';

const SQUARE_METRES_PER_SQUARE_KILOMETRE = 1_000_000;

/**
 * Validates an already-parsed GeoJSON FeatureCollection of Polygon/MultiPolygon features and derives
 * each feature's bounding box, centroid and area. Every feature must carry a non-empty string code
 * (unique within the collection) and name in the given properties.
 * @param value the parsed JSON
 * @param source the file name (or other label) used in error messages
 * @throws {BoundaryFileError} naming `source`, the feature index and the reason, on the first bad feature
 */
export function parseBoundaryCollection(value: unknown, source: string, properties: BoundaryProperties): BoundaryFeature[] {
  const { codeProperty, nameProperty } = properties;
  if (value === null || typeof value !== 'object' || (value as { type?: unknown }).type !== 'FeatureCollection') {
    throw new BoundaryFileError(source, 'expected a GeoJSON FeatureCollection');
  }
  const features = (value as { features?: unknown }).features;
  if (!Array.isArray(features)) throw new BoundaryFileError(source, 'the FeatureCollection has no "features" array');
  const seen = new Map<string, number>();
  return features.map((feature: unknown, index): BoundaryFeature => {
    if (feature === null || typeof feature !== 'object' || (feature as { type?: unknown }).type !== 'Feature') {
      throw new BoundaryFileError(source, 'expected a GeoJSON Feature', index);
    }
    const { properties: props, geometry } = feature as { properties?: unknown; geometry?: unknown };
    const code = readString(props, codeProperty);
    if (code === undefined) {
      throw new BoundaryFileError(source, `property "${codeProperty}" (the code) is missing or not a non-empty string`, index);
    }
    const name = readString(props, nameProperty);
    if (name === undefined) {
      throw new BoundaryFileError(source, `property "${nameProperty}" (the name) is missing or not a non-empty string`, index, code);
    }
    const earlier = seen.get(code);
    if (earlier !== undefined) throw new BoundaryFileError(source, `code ${code} is already used by feature ${earlier}`, index, code);
    seen.set(code, index);
    const check = validateGeometry(geometry);
    if (!check.ok) throw new BoundaryFileError(source, `bad geometry: ${check.reason}`, index, code);
    const areaKm2 = turfArea(check.geometry) / SQUARE_METRES_PER_SQUARE_KILOMETRE;
    const [lon, lat] = turfCentroid(check.geometry).geometry.coordinates as [number, number];
    return { code, name, geometry: check.geometry, bbox: check.bbox, centroid: [lon, lat], areaKm2 };
  });
}

function readString(properties: unknown, key: string): string | undefined {
  if (properties === null || typeof properties !== 'object') return undefined;
  const value = (properties as Record<string, unknown>)[key];
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
