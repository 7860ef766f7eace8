/**
 * GET /api/incidents: the control room's live queue — open incidents (or all, since a time) of
 * the caller's area, each with where it stands, the grade in force and its target measured now
 * (which clock, when due, met/missed/pending), the routing and the units sent. No personal data,
 * so the page refreshes it on every live event without asking for a justification.
 */
import { listIncidentQueue, type QueuedIncident } from '@peel/db';
import { findNsirCode } from '@peel/domain';
import type { PolicingModel } from '@peel/model';
import { z } from 'zod';
import { listScope } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from '../operations';
import { incidentQueueSchema, type queuedIncidentSchema } from './control-room-schemas';
import { queueStateOf, targetViewOf } from './queue-view';

const DAY_MS = 86_400_000;

const queueQuery = z.object({
  state: z.enum(['open', 'all']).default('open').describe('open: still needing the control room; all: every incident since `since`'),
  since: z.iso.datetime().optional().describe('Only calls answered since; default: any time for open, the last 24 hours for all'),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});

/** Registers GET /api/incidents. */
export const registerIncidentQueue: RouteRegistration = (app) => {
  app.get(
    '/api/incidents',
    {
      schema: {
        summary: 'The incident queue',
        description: 'Open incidents (or all since a time) of the caller\'s area, most recent calls first, without personal data.',
        tags: ['incidents'],
        querystring: queueQuery,
        response: { 200: incidentQueueSchema },
      },
    },
    async (request) => {
      const { model } = await operationsSetup(app);
      const now = app.services.clock.now();
      const { state, limit } = request.query;
      const since = request.query.since === undefined ? (state === 'all' ? new Date(now.getTime() - DAY_MS) : undefined) : new Date(request.query.since);
      const { areaId } = listScope(request);
      const rows = await listIncidentQueue(app.services.db, { openOnly: state === 'open', limit: limit + 1, ...(areaId ? { areaId } : {}), ...(since ? { since } : {}) });
      return { generatedAt: now.toISOString(), incidents: rows.slice(0, limit).map((row) => toQueueItem(model, row, now)), truncated: rows.length > limit };
    },
  );
};

/** The queue's view of `incident` at `now`. */
export function toQueueItem(model: PolicingModel, incident: QueuedIncident, now: Date): z.infer<typeof queuedIncidentSchema> {
  const iso = (date: Date | null) => date?.toISOString() ?? null;
  return {
    id: incident.id,
    version: incident.version,
    callAnsweredAt: incident.callAnsweredAt.toISOString(),
    channel: incident.channel,
    incidentType: { ...incident.incidentType, name: findNsirCode(incident.incidentType.code)?.name ?? incident.incidentType.code },
    demandType: { id: incident.demandTypeId, name: model.demandTypes.find((type) => type.id === incident.demandTypeId)?.name ?? incident.demandTypeId },
    areaId: incident.areaId,
    ward: incident.ward,
    lat: incident.lat,
    lon: incident.lon,
    urbanRural: incident.urbanRural,
    state: queueStateOf(incident),
    suggestedGrade: incident.assessment?.suggestedGrade ?? null,
    grade: incident.grade && { grade: incident.grade.grade, name: incident.grade.name, response: incident.grade.response, decision: incident.grade.decision, decidedAt: incident.grade.decidedAt.toISOString() },
    route: incident.route && { ...incident.route, decidedAt: incident.route.decidedAt.toISOString() },
    target: targetViewOf(incident, now),
    assignments: incident.assignments.map((assignment) => ({
      ...assignment,
      dispatchedAt: assignment.dispatchedAt.toISOString(),
      enRouteAt: iso(assignment.enRouteAt),
      arrivedAt: iso(assignment.arrivedAt),
      endedAt: iso(assignment.endedAt),
    })),
  };
}
