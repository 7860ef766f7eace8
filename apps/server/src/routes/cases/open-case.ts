/**
 * POST /api/cases: a crime becomes a case with exactly one owner (the caller, or the officer a
 * supervisor allocates it to). The case keeps the incident's place as described — personal data
 * copied into a new record — so its collection is audited in the same transaction (DPA 2018 s.62).
 */
import { createOperationsRepositories } from '@peel/db';
import { DomainError, openCase } from '@peel/domain';
import { z } from 'zod';
import { callerOf } from '../../authorization/caller';
import { assertRecordAccess } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { toCaseIncident } from './case-incident';
import { checkCaseOwner } from './case-owner';
import { caseSummarySchema, toCaseSummary } from './case-views';

const newCaseBody = z.object({
  incidentId: z.string().min(1).max(200),
  ownerId: z.string().min(1).max(200).optional().describe('The user who will own the case; the caller when left out'),
  ownerTeamId: z.string().min(1).max(200).optional(),
  offenceType: z.string().min(1).max(200).optional().describe('The offence, when it differs from the incident type (required for an incident not recorded as a crime)'),
  committedOn: z.iso.date().optional().describe('The day of the offence (YYYY-MM-DD), needed by outcome 11'),
});

/** Registers POST /api/cases. */
export const registerOpenCase: RouteRegistration = (app) => {
  app.post(
    '/api/cases',
    {
      schema: {
        summary: 'Open a case from a crime incident',
        description: 'One owner from the start; the place as described is copied from the incident (audited collection).',
        tags: ['cases'],
        body: newCaseBody,
        response: { 201: caseSummarySchema },
      },
    },
    async (request, reply) => {
      const { principal } = callerOf(request);
      const { db, clock, ids, events } = app.services;
      const { body } = request;
      const incident = await createOperationsRepositories(db).incidents.findById(body.incidentId);
      if (!incident) throw new DomainError('NOT_FOUND', `incident ${body.incidentId} does not exist`, 'incidentId');
      assertRecordAccess(request, { entityType: 'incident', entityId: incident.id, areaId: incident.location.areaId });
      const caseIncident = toCaseIncident(incident, body.offenceType);
      const owner = { officerId: body.ownerId ?? principal.id, ...(body.ownerTeamId ? { teamId: body.ownerTeamId } : {}) };
      await checkCaseOwner(app, owner, caseIncident.area, 'ownerId');
      const opened = await db.transaction(async (tx) => {
        const { cases } = createOperationsRepositories(tx);
        const created = await openCase(
          { cases, clock, ids },
          { incident: caseIncident, owner, by: principal.id, ...(body.offenceType ? { offenceType: body.offenceType } : {}), ...(body.committedOn ? { committedOn: body.committedOn } : {}) },
        );
        const fields = created.location.description ? ['location.description'] : [];
        await request.audit.record({ action: 'collection', entityType: 'case', entityId: created.id, details: { fields, fromIncident: incident.id } }, tx);
        await events.publish(tx, { type: 'case.opened', entityType: 'case', entityId: created.id, areaId: created.area, ownerIds: [owner.officerId], data: { incidentId: incident.id } });
        return created;
      });
      return reply.code(201).send(toCaseSummary(opened));
    },
  );
};
