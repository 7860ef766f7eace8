/**
 * GET /api/incidents/:id: the whole incident with its caller and victim — a consultation of personal
 * data, so the caller must say why (`X-Justification`) and the read is audited (DPA 2018 s.62).
 */
import type { RouteRegistration } from '../peel-server';
import { findIncidentInScope } from './dispatch-view';
import { idParams, incidentSchema, toJson } from './operations-schemas';

/** Registers GET /api/incidents/:id. */
export const registerIncidentRead: RouteRegistration = (app) => {
  app.get(
    '/api/incidents/:id',
    {
      schema: {
        summary: 'One incident, with its personal data',
        description: 'A consultation of personal data: send X-Justification; the read is written to the audit log.',
        tags: ['incidents'],
        params: idParams,
        response: { 200: incidentSchema },
      },
    },
    async (request) => {
      const incident = await findIncidentInScope(request, app.services.db, request.params.id);
      await request.audit.record({ action: 'consultation', entityType: 'incident', entityId: incident.id, details: { fields: ['caller', 'victim', 'description', 'location.description'] } });
      return toJson(incident) as never;
    },
  );
};
