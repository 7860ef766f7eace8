/**
 * Response schemas of the control room's read routes (they appear in /api/docs). None carries
 * personal data: the caller, victim, description and address stay behind GET /api/incidents/:id.
 * Times are ISO 8601 strings.
 */
import { z } from 'zod';
import { QUEUE_STATES } from './queue-view';

const record = z.record(z.string(), z.unknown());

const assignmentView = z.object({
  id: z.string(),
  unitId: z.string(),
  callSign: z.string(),
  dispatchedAt: z.string(),
  enRouteAt: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  endReason: z.enum(['cleared', 'stood-down']).nullable(),
});

const targetView = z.union([
  z.object({
    kind: z.literal('attendance'),
    clock: z.enum(['call-answered', 'graded', 'dispatched']).describe('The event the target runs from (the model\'s grade says which)'),
    minutes: z.number(),
    urbanRural: z.enum(['urban', 'rural']),
    classAssumed: z.boolean().describe('The place\'s class was unknown: the stricter urban target applies'),
    startsAt: z.string().nullable().describe('When the clock started; null until it has (a dispatched-clock target before any dispatch)'),
    dueAt: z.string().nullable(),
    arrivedAt: z.string().nullable().describe('The first unit on scene'),
    responseMinutes: z.number().nullable(),
    outcome: z.enum(['met', 'missed', 'pending']).describe('Missed as soon as the deadline passes without an arrival'),
  }),
  z.object({ kind: z.literal('appointment'), clock: z.literal('graded'), withinHours: z.number(), startsAt: z.string(), dueAt: z.string() }),
]);

/** One incident of the queue. */
export const queuedIncidentSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  callAnsweredAt: z.string(),
  channel: z.object({ id: z.string(), name: z.string(), kind: z.string() }),
  incidentType: z.object({ category: z.string(), code: z.string(), name: z.string(), policeUkCategory: z.string().nullable() }),
  demandType: z.object({ id: z.string(), name: z.string() }),
  areaId: z.string().nullable(),
  ward: z.object({ code: z.string(), name: z.string().nullable() }).nullable(),
  lat: z.number(),
  lon: z.number(),
  urbanRural: z.enum(['urban', 'rural']).nullable(),
  state: z.enum(QUEUE_STATES),
  suggestedGrade: z.number().int().nullable().describe('The latest THRIVE+ assessment\'s suggestion'),
  grade: z.object({ grade: z.number().int(), name: z.string(), response: z.string(), decision: z.enum(['confirmed', 'overridden']), decidedAt: z.string() }).nullable(),
  route: z.object({ route: z.string(), teamKind: z.string().nullable(), partnerName: z.string().nullable(), decidedAt: z.string() }).nullable(),
  target: targetView.nullable().describe('The grade in force\'s target, measured when the list was made'),
  assignments: z.array(assignmentView),
});

/** GET /api/incidents. */
export const incidentQueueSchema = z.object({
  generatedAt: z.string(),
  incidents: z.array(queuedIncidentSchema),
  truncated: z.boolean().describe('More incidents matched than `limit`: the oldest were left out'),
});

/** GET /api/incidents/:id/history: the queue view and every decision and timeline event (no personal data). */
export const incidentHistorySchema = queuedIncidentSchema.extend({
  tags: z.array(z.string()),
  assessments: z.array(record),
  grades: z.array(record),
  routes: z.array(record),
  timeline: z.array(record),
});

/** A unit on the board (its crew's roles, not who they are). */
export const boardUnitSchema = z.object({
  id: z.string(),
  callSign: z.string(),
  teamId: z.string(),
  teamKind: z.string(),
  areaId: z.string(),
  relief: z.number().int().nullable(),
  shiftId: z.string().nullable(),
  status: z.string(),
  statusSince: z.string(),
  nextStatuses: z.array(z.string()).describe('What POST /api/units/:id/status may move it to now (dispatch is by assignment only)'),
  incidentId: z.string().nullable(),
  position: z.object({ lat: z.number(), lon: z.number(), at: z.string() }).nullable(),
  crewRoles: z.array(z.string()),
  capabilities: z.object({ roles: z.array(z.string()), powers: z.array(z.string()), skills: z.array(z.string()), officerCount: z.number().int() }),
  bookedOnAt: z.string(),
});

/** GET /api/units. */
export const unitBoardSchema = z.object({ units: z.array(boardUnitSchema) });

/** GET /api/control-room/reference. */
export const controlRoomReferenceSchema = z.object({
  modelId: z.string(),
  channels: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string() })),
  grades: z.array(
    z.object({
      grade: z.number().int(),
      name: z.string(),
      response: z.string(),
      attendance: z.object({ urbanTargetMinutes: z.number(), ruralTargetMinutes: z.number(), clock: z.enum(['call-answered', 'graded', 'dispatched']) }).nullable(),
      appointmentWithinHours: z.number().nullable(),
    }),
  ),
  incidentCodes: z.array(z.object({ code: z.string(), category: z.string(), name: z.string() })),
  qualifiers: z.array(z.string()),
  policeUkCategories: z.array(z.object({ id: z.string(), name: z.string() })),
  demandTypes: z.array(z.object({ id: z.string(), name: z.string() })),
  thrive: z.object({ factors: z.array(z.string()), ratings: z.array(z.string()) }),
  partners: z.array(z.object({ id: z.string(), name: z.string(), kind: z.string(), slaResponseWorkingDays: z.number().int().nullable().describe('Working days the partner agreed to respond in') })),
  sara: z.array(z.object({ stage: z.string(), next: z.array(z.string()).describe('Stages a problem may move to from this one') })),
});
