/** Schemas the planning routes share: path and query parameters, and small response parts. */
import { z } from 'zod';

/** `:modelId`. */
export const modelParamsSchema = z.object({ modelId: z.string().min(1).max(100).describe("A stored model's id, e.g. wiltshire") });

/** A boundary level. */
export const levelSchema = z.enum(['ward', 'lsoa']).describe('ward (ONS 2013 wards) or lsoa (ONS 2011 LSOAs)');

/** A month, YYYY-MM. */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'expected a month as YYYY-MM' });

/** A scenario of the model, or none (the model as written). */
export const scenarioSchema = z.string().min(1).max(100).optional().describe('A scenario of the model (default: the model as written)');

/** How response posts are allocated. */
export const methodSchema = z.enum(['workload', 'queueing']).default('queueing').describe('workload (Wiltshire: impact-weighted workload) or queueing (posts the Grade 1 target needs)');

/** A mean with its 95 % confidence interval half-width (null when it cannot be computed, e.g. one replication). */
export const estimateSchema = z.object({ mean: z.number().nullable(), halfWidth: z.number().nullable(), lower: z.number().nullable(), upper: z.number().nullable(), replications: z.number().int() });

/** An LSOA or ward ranked by recorded crime, with its km² and densities. */
export const rankedUnitSchema = z.object({
  rank: z.number().int(),
  code: z.string(),
  name: z.string().nullable(),
  count: z.number(),
  harm: z.number(),
  share: z.number(),
  areaKm2: z.number().nullable(),
  countPerKm2: z.number().nullable(),
  harmPerKm2: z.number().nullable(),
});
