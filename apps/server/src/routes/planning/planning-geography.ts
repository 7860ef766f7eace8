/**
 * GET /api/planning/models/:modelId/geography?level=ward|lsoa[&area=]: the model's ward or LSOA
 * boundaries (ONS, stored by `peel import boundaries`) as one GeoJSON FeatureCollection for the
 * demand map — simplified and rounded (simplify-geometry.ts) to keep a county to a few hundred kB.
 * Each feature carries its code, name, model area and km². LSOAs are placed in an area through
 * the ward that holds their interior point. When boundaries are missing the response says which
 * wards (or that no LSOAs are stored) and how to import them, and the map can show that instead.
 */
import { createBoundaryRepository } from '@peel/db';
import { createGeographyResolver } from '@peel/ingest';
import type { PolicingModel } from '@peel/model';
import { z } from 'zod';
import type { PeelServer, RouteRegistration } from '../peel-server';
import { cached } from './planning-cache';
import { areaInScope, loadPlanningModel } from './planning-model';
import { levelSchema, modelParamsSchema } from './planning-schemas';
import { countPositions, simplifyPolygon } from './simplify-geometry';

const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: z.string(), name: z.string(), areaId: z.string().nullable(), areaKm2: z.number() }),
  geometry: z.record(z.string(), z.unknown()),
});

const geographySchema = z.object({
  type: z.literal('FeatureCollection'),
  level: levelSchema,
  features: z.array(featureSchema),
  missingWardCodes: z.array(z.string()).describe("Wards of the model with no stored boundary (ward level; at LSOA level, wards whose LSOAs cannot be placed)"),
  notes: z.array(z.string()).describe('What is missing and how to import it, and how the shapes were lightened'),
});

type Geography = z.infer<typeof geographySchema>;

/** Registers GET /api/planning/models/:modelId/geography. */
export const registerPlanningGeography: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models/:modelId/geography',
    {
      schema: {
        summary: "A model's ward or LSOA boundaries (GeoJSON, simplified)",
        tags: ['planning'],
        params: modelParamsSchema,
        querystring: z.object({ level: levelSchema.default('ward'), area: z.string().min(1).max(100).optional().describe("Only this area's features (default: the caller's area, or the force)") }),
        response: { 200: geographySchema },
      },
    },
    async (request) => {
      const { model, contentHash } = await loadPlanningModel(app, request.params.modelId);
      const areaId = areaInScope(request, model, request.query.area);
      const { level } = request.query;
      const geography = await cached(app, `geography:${model.id}:${contentHash}:${level}`, () => buildGeography(app, model, level));
      if (areaId === undefined) return geography;
      return { ...geography, features: geography.features.filter((feature) => feature.properties.areaId === areaId) };
    },
  );
};

async function buildGeography(app: PeelServer, model: PolicingModel, level: 'ward' | 'lsoa'): Promise<Geography> {
  const repository = createBoundaryRepository(app.services.db);
  const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
  const wards = await repository.listBoundaries({ level: 'ward', districts });
  const areaOfWard = new Map(model.geography.areas.flatMap((area) => area.wards.map((ward) => [ward.code, area.id] as const)));
  const storedWards = new Set(wards.map((ward) => ward.code));
  const missingWardCodes = [...areaOfWard.keys()].filter((code) => !storedWards.has(code)).sort();
  const notes: string[] = [];
  if (missingWardCodes.length > 0) {
    notes.push(`${missingWardCodes.length} of the model's ${areaOfWard.size} wards have no stored boundary: import the ward files of districts ${districts.join(', ')} with \`peel import boundaries --level ward <files>\``);
  }
  let boundaries = wards;
  let areaOf = (code: string) => areaOfWard.get(code) ?? null;
  if (level === 'lsoa') {
    boundaries = await repository.listBoundaries({ level: 'lsoa', districts });
    if (boundaries.length === 0) notes.push(`no LSOA boundaries are stored for districts ${districts.join(', ')}: import them with \`peel import boundaries --level lsoa <files>\``);
    else if (wards.length === 0) notes.push('LSOAs cannot be placed in areas without ward boundaries: import the ward files too');
    const resolver = createGeographyResolver({ lsoas: boundaries, wards, model: { geography: model.geography } });
    areaOf = (code) => resolver.resolve({ lsoaCode: code, longitude: null, latitude: null }).areaId;
  }
  let before = 0;
  let after = 0;
  const features = boundaries.map((boundary) => {
    const geometry = simplifyPolygon(boundary.geometry);
    before += countPositions(boundary.geometry);
    after += countPositions(geometry);
    return { type: 'Feature' as const, properties: { code: boundary.code, name: boundary.name, areaId: areaOf(boundary.code), areaKm2: Math.round(boundary.areaKm2 * 1000) / 1000 }, geometry: geometry as unknown as Record<string, unknown> };
  });
  if (features.length > 0) notes.push(`${features.length} ${level === 'lsoa' ? 'LSOA' : 'ward'} boundaries (ONS), simplified (Douglas–Peucker, 1e-4°) from ${before.toLocaleString('en-GB')} to ${after.toLocaleString('en-GB')} positions and rounded to 5 decimals`);
  return { type: 'FeatureCollection', level, features, missingWardCodes, notes };
}
