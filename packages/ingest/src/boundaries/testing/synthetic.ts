import type { Feature, Position } from 'geojson';
import type { BoundaryFeature } from '../boundary-feature';

/** A closed square ring with its south-west corner at (lon, lat). */
export function squareRing(lon: number, lat: number, size: number): Position[] {
  return [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
}

/** A GeoJSON ward-like Feature: a square with `WD13CD`/`WD13NM` properties. */
export function squareFeature(code: string, name: string, lon: number, lat: number, size: number): Feature {
  return { type: 'Feature', properties: { WD13CD: code, WD13NM: name }, geometry: { type: 'Polygon', coordinates: [squareRing(lon, lat, size)] } };
}

/**
 * A square {@link BoundaryFeature} with a chosen area (not its true geodesic area), so that a
 * classification rule can be tested on geometry and area independently.
 */
export function squareBoundary(code: string, lon: number, lat: number, size: number, areaKm2: number): BoundaryFeature {
  return {
    code,
    name: code,
    geometry: { type: 'Polygon', coordinates: [squareRing(lon, lat, size)] },
    bbox: [lon, lat, lon + size, lat + size],
    centroid: [lon + size / 2, lat + size / 2],
    areaKm2,
  };
}
