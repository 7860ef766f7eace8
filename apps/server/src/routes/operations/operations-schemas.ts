/**
 * Request and response schemas of the operations routes (they appear in /api/docs). Responses
 * carry times as ISO 8601 strings; nested history (assessments, grades, routes, timeline) is
 * described by its shape in the domain README and passed through as objects.
 */
import { z } from 'zod';

/** A JSON round trip: Dates become ISO strings, as the response schemas expect. */
export function toJson<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** `:id` path parameter. */
export const idParams = z.object({ id: z.string().min(1).max(200) });

const point = { lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) };
const record = z.record(z.string(), z.unknown());

/** POST /api/units body (domain `CreateUnitRequest`; times as ISO strings). */
export const newUnitSchema = z.object({
  teamId: z.string().min(1).describe('A team of the active model'),
  areaId: z.string().min(1).optional().describe('One of the team\'s areas; may be left out when it covers one'),
  relief: z.number().int().min(1).optional(),
  shiftId: z.string().min(1).optional(),
  officers: z.array(z.object({ officerId: z.string().min(1), role: z.string().min(1), skills: z.array(z.string().min(1)).optional() })).min(1),
  n: z.number().int().min(1).optional().describe('Call-sign number {n}; default the lowest free'),
  position: z.object({ ...point, at: z.iso.datetime().optional() }).optional(),
  status: z.enum(['available', 'committed']).optional(),
});

/** A unit as returned. */
export const unitSchema = z.looseObject({
  id: z.string(),
  callSign: z.string(),
  teamId: z.string(),
  teamKind: z.string(),
  areaId: z.string(),
  status: z.string(),
  statusSince: z.string(),
  officers: z.array(record),
  capabilities: record,
  bookedOnAt: z.string(),
});

const person = z.object({ name: z.string().max(200).nullish(), phone: z.string().max(50).nullish() });

/** POST /api/incidents body (domain `CreateIncidentInput` without `createdBy`, which is the caller). */
export const newIncidentSchema = z.object({
  channelId: z.string().min(1).describe('A channel of the active model, e.g. "999"'),
  callAnsweredAt: z.iso.datetime().optional(),
  caller: person.describe('Personal data: its collection is audited (DPA 2018 s.62)'),
  victim: person.nullish(),
  location: z.object({ ...point, description: z.string().max(500).nullish() }),
  incidentType: z.object({ code: z.string().min(1), qualifiers: z.array(z.string()).optional(), policeUkCategory: z.string().nullish() }),
  demandTypeId: z.string().nullish(),
  description: z.string().min(1).max(5000),
});

/** An incident as returned (with its caller and victim: personal data). */
export const incidentSchema = z.looseObject({
  id: z.string(),
  modelId: z.string(),
  channel: record,
  callAnsweredAt: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  caller: record,
  victim: record.nullable(),
  location: record,
  incidentType: record,
  demandTypeId: z.string(),
  tags: z.array(z.string()),
  description: z.string(),
  assessments: z.array(record),
  grades: z.array(record),
  routes: z.array(record),
  timeline: z.array(record),
  version: z.number().int(),
});

/** GET /api/incidents/:id/recommendations response. */
export const recommendationsSchema = z.looseObject({
  incidentId: z.string(),
  generatedAt: z.string(),
  recommendations: z.array(
    z.looseObject({
      rank: z.number().int(),
      unitId: z.string(),
      callSign: z.string(),
      score: z.number(),
      travel: record,
      estimatedArrival: z.string(),
      meetsTarget: z.boolean().optional(),
      coverageLoss: z.array(record).optional(),
      reasons: z.array(z.object({ kind: z.string(), penaltyMinutes: z.number(), text: z.string() })),
    }),
  ),
  consideredUnits: z.number().int(),
  eligibleUnits: z.number().int(),
  excluded: z.record(z.string(), z.number()),
  coverageAssessed: z.boolean().describe('False when the areas\' centroids are not known: no coverage cost is given'),
});

/** POST /api/incidents/:id/assignments body. */
export const newAssignmentSchema = z.object({
  unitId: z.string().min(1),
  override: z.object({ reason: z.string().min(1).max(1000) }).optional().describe('Send a unit lacking a requirement, with the reason'),
});

/** An assignment as returned. */
export const assignmentSchema = z.looseObject({
  id: z.string(),
  unitId: z.string(),
  incidentId: z.string(),
  dispatchedAt: z.string(),
  override: z.object({ reason: z.string(), unmet: z.array(record) }).optional(),
});
