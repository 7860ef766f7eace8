/**
 * POST /api/incidents: incident intake. The caller's (and victim's) details are personal data, so
 * their collection is written to the audit log in the same transaction as the incident (DPA 2018
 * s.62(1)(a)); an incident placed outside the caller's area is refused and nothing is kept. The
 * transaction gives up the audit log's lock before its commit is flushed and answers once it is
 * (groupCommitTransaction, @peel/db), so intake is not one disk flush at a time.
 */
import { createOperationsRepositories, groupCommitTransaction } from '@peel/db';
import { createIncident } from '@peel/domain';
import { assertRecordAccess } from '../../authorization/record-access';
import { callerOf } from '../../authorization/caller';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from './operations-setup';
import { incidentSchema, newIncidentSchema, toJson } from './operations-schemas';

/** Registers POST /api/incidents. */
export const registerIncidents: RouteRegistration = (app) => {
  app.post(
    '/api/incidents',
    {
      schema: {
        summary: 'Record a new incident',
        description: 'Caller and victim details are personal data: their collection is audited (DPA 2018 s.62).',
        tags: ['incidents'],
        body: newIncidentSchema,
        response: { 201: incidentSchema },
      },
    },
    async (request, reply) => {
      const { model, locations } = await operationsSetup(app);
      const { principal } = callerOf(request);
      const { services } = app;
      const { body } = request;
      const incident = await groupCommitTransaction(services.db, async (tx) => {
        const created = await createIncident(
          { model, incidents: createOperationsRepositories(tx).incidents, locations, clock: services.clock, ids: services.ids },
          { ...body, createdBy: principal.id, callAnsweredAt: body.callAnsweredAt === undefined ? undefined : new Date(body.callAnsweredAt) },
        );
        assertRecordAccess(request, { entityType: 'incident', entityId: created.id, areaId: created.location.areaId });
        await services.events.publish(tx, { type: 'incident.created', entityType: 'incident', entityId: created.id, areaId: created.location.areaId, ownerIds: [] });
        // The audit append last: its lock is held from here to the commit.
        const fields = ['caller', ...(created.victim ? ['victim'] : []), 'description', ...(created.location.description ? ['location.description'] : [])];
        await request.audit.record({ action: 'collection', entityType: 'incident', entityId: created.id, details: { fields } }, tx);
        return created;
      });
      return reply.code(201).send(toJson(incident) as never);
    },
  );
};
