/**
 * GET /api/control-room/boundaries: the active force's wards as one GeoJSON FeatureCollection —
 * the control room map's base layer (there is no tile server). Each ward carries its code, name
 * and the model area it belongs to; coordinates are rounded to 5 decimals (about a metre), which
 * keeps a county's wards to a few hundred kB. Wards the model lists but whose boundary file was
 * not imported are named in `missingWardCodes`, so the page can say the map is incomplete.
 */
import { createBoundaryRepository } from '@peel/db';
import type { Position } from 'geojson';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from '../operations';

const ROUNDING = 1e5;

const boundariesSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ code: z.string(), name: z.string(), areaId: z.string().nullable() }),
      geometry: z.record(z.string(), z.unknown()),
    }),
  ),
  missingWardCodes: z.array(z.string()).describe('Wards of the model with no stored boundary (import them with `peel import boundaries`)'),
});

/** Registers GET /api/control-room/boundaries. */
export const registerAreaBoundaries: RouteRegistration = (app) => {
  app.get(
    '/api/control-room/boundaries',
    { schema: { summary: 'The active force\'s ward boundaries (GeoJSON)', tags: ['incidents'], response: { 200: boundariesSchema } } },
    async () => {
      const { model } = await operationsSetup(app);
      const areaOfWard = new Map(model.geography.areas.flatMap((area) => (area.wards ?? []).map((ward) => [ward.code, area.id] as const)));
      const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
      const wards = await createBoundaryRepository(app.services.db).listBoundaries({ level: 'ward', districts });
      const stored = new Set(wards.map((ward) => ward.code));
      return {
        type: 'FeatureCollection' as const,
        features: wards.map((ward) => ({
          type: 'Feature' as const,
          properties: { code: ward.code, name: ward.name, areaId: areaOfWard.get(ward.code) ?? null },
          geometry: { type: ward.geometry.type, coordinates: roundCoordinates(ward.geometry.coordinates) },
        })),
        missingWardCodes: [...areaOfWard.keys()].filter((code) => !stored.has(code)).sort(),
      };
    },
  );
};

type Nested = Position | Nested[];

/** Every coordinate of a (Multi)Polygon rounded to 5 decimals. */
export function roundCoordinates<T extends Nested[]>(coordinates: T): T {
  return coordinates.map((item) => (typeof item[0] === 'number' ? (item as Position).map((value) => Math.round(value * ROUNDING) / ROUNDING) : roundCoordinates(item as Nested[]))) as T;
}
