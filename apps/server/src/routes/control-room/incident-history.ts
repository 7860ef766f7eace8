/**
 * GET /api/incidents/:id/history: one incident's decisions and timeline — THRIVE+ assessments
 * with their ratings and rationales, grade decisions, routing decisions, every timeline event
 * (units dispatched, en route, on scene, cleared) — with the queue's view of it, and **without**
 * its personal data (the domain's `withoutPersonalData`). The control room refreshes it on live
 * events; the caller's details stay behind GET /api/incidents/:id, an audited consultation.
 */
import { listIncidentQueue } from '@peel/db';
import { withoutPersonalData } from '@peel/domain';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from '../operations';
import { findIncidentInScope } from '../operations/dispatch-view';
import { idParams, toJson } from '../operations/operations-schemas';
import { incidentHistorySchema } from './control-room-schemas';
import { toQueueItem } from './incident-queue';

/** Registers GET /api/incidents/:id/history. */
export const registerIncidentHistory: RouteRegistration = (app) => {
  app.get(
    '/api/incidents/:id/history',
    {
      schema: {
        summary: 'An incident\'s decisions and timeline, without personal data',
        tags: ['incidents'],
        params: idParams,
        response: { 200: incidentHistorySchema },
      },
    },
    async (request) => {
      const { model } = await operationsSetup(app);
      const { db, clock } = app.services;
      const incident = withoutPersonalData(await findIncidentInScope(request, db, request.params.id));
      const [queued] = await listIncidentQueue(db, { id: incident.id, openOnly: false, limit: 1 });
      if (!queued) throw new Error(`incident ${incident.id} was read but is missing from the queue query`);
      const history = toJson({ assessments: incident.assessments, grades: incident.grades, routes: incident.routes, timeline: incident.timeline }) as Record<'assessments' | 'grades' | 'routes' | 'timeline', Record<string, unknown>[]>;
      return { ...toQueueItem(model, queued, clock.now()), tags: [...incident.tags], ...history };
    },
  );
};
