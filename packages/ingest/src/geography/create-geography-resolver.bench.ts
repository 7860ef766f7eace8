/**
 * Geography resolver throughput (`npm run bench`): 100,000 points per run against 2,000 LSOA
 * polygons nested in 80 wards (64 vertices each, like a simplified ONS LSOA). The baseline is one
 * bare `BoundaryIndex.locate` per point on the LSOA index, so the "× slower" ratios show what the
 * resolver adds (the ward lookup, the code map, the area map) on whatever machine runs it.
 */
import type { Position } from 'geojson';
import { bench, describe } from 'vitest';
import type { BoundaryFeature } from '../boundaries/boundary-feature';
import { BoundaryIndex } from '../boundaries/boundary-index';
import { createGeographyResolver } from './create-geography-resolver';

const CELL = 0.01;
const COLUMNS = 50;
const ROWS = 40;

/** A rectangle as a closed ring of `4 × perSide` vertices (more vertices = costlier point-in-polygon). */
function rectangle(code: string, lon: number, lat: number, width: number, height: number, perSide = 16): Pick<BoundaryFeature, 'code' | 'geometry' | 'bbox' | 'centroid'> {
  const ring: Position[] = [];
  for (let i = 0; i < perSide; i++) ring.push([lon + (width * i) / perSide, lat]);
  for (let i = 0; i < perSide; i++) ring.push([lon + width, lat + (height * i) / perSide]);
  for (let i = 0; i < perSide; i++) ring.push([lon + width - (width * i) / perSide, lat + height]);
  for (let i = 0; i < perSide; i++) ring.push([lon, lat + height - (height * i) / perSide]);
  ring.push([lon, lat]);
  return { code, geometry: { type: 'Polygon', coordinates: [ring] }, bbox: [lon, lat, lon + width, lat + height], centroid: [lon + width / 2, lat + height / 2] };
}

const lsoas = Array.from({ length: COLUMNS * ROWS }, (_, i) => rectangle(`L${i}`, (i % COLUMNS) * CELL, Math.floor(i / COLUMNS) * CELL, CELL, CELL));
const wards = Array.from({ length: (COLUMNS / 5) * (ROWS / 5) }, (_, i) => rectangle(`W${i}`, (i % (COLUMNS / 5)) * 5 * CELL, Math.floor(i / (COLUMNS / 5)) * 5 * CELL, 5 * CELL, 5 * CELL, 80));
const model = { geography: { areas: [{ id: 'all', wards: wards.map(({ code }) => ({ code })) }] } };

// Seeded points (a 32-bit LCG, Numerical Recipes constants) spread over the grid and 10 % beyond it.
let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 2 ** 32);
const points = Array.from({ length: 100_000 }, () => [random() * COLUMNS * CELL * 1.1, random() * ROWS * CELL * 1.1] as const);
const codes = points.map(([lon, lat]) => `L${Math.min(ROWS - 1, Math.floor(lat / CELL)) * COLUMNS + Math.min(COLUMNS - 1, Math.floor(lon / CELL))}`);

const index = new BoundaryIndex(lsoas);
const resolver = createGeographyResolver({ lsoas, wards, model });

describe('geography resolver, 100,000 points × 2,000 LSOAs / 80 wards', () => {
  bench('baseline: BoundaryIndex.locate on the LSOAs', () => {
    for (const [lon, lat] of points) index.locate(lon, lat);
  });
  bench('resolve by geometry (no code: LSOA + ward point-in-polygon)', () => {
    for (const [longitude, latitude] of points) resolver.resolve({ lsoaCode: null, longitude, latitude });
  });
  bench('resolve by code with a point (code map + ward point-in-polygon)', () => {
    for (let i = 0; i < points.length; i++) {
      const [longitude, latitude] = points[i] as readonly [number, number];
      resolver.resolve({ lsoaCode: codes[i] as string, longitude, latitude });
    }
  });
  bench('resolve by code without a point (code map + cached ward)', () => {
    for (const code of codes) resolver.resolve({ lsoaCode: code, longitude: null, latitude: null });
  });
});
