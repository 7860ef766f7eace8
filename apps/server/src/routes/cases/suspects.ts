/**
 * Suspects of a case: POST /api/cases/:id/suspects names one (name and date of birth are personal
 * data: an audited collection), POST /api/cases/:id/suspects/:suspectId/eliminate rules one out
 * with the reason (an audited alteration). Outcome rules depend on them: most outcomes need a
 * named suspect, 14 and 18 need none, 2, 3 and 11 need the date of birth.
 */
import { addSuspect, eliminateSuspect } from '@peel/domain';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';
import { caseIdParams, changedCase, expectedVersion, toCaseSummary } from './case-views';
import { changeCase } from './change-case';

const suspectBody = z.object({
  name: z.string().min(1).max(200),
  dateOfBirth: z.iso.date().optional().describe('YYYY-MM-DD; needed by the outcomes that depend on age (2, 3, 11)'),
  expectedVersion,
});
const eliminateBody = z.object({ reason: z.string().min(1).max(2000), expectedVersion });
const suspectSchema = z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string().optional(), status: z.enum(['named', 'eliminated']), addedAt: z.string() });

/** Registers the suspect routes. */
export const registerSuspects: RouteRegistration = (app) => {
  app.post(
    '/api/cases/:id/suspects',
    {
      schema: {
        summary: 'Name a suspect on a case',
        description: 'Personal data: its collection is audited.',
        tags: ['cases'],
        params: caseIdParams,
        body: suspectBody,
        response: { 201: changedCase({ suspect: suspectSchema }) },
      },
    },
    async (request, reply) => {
      const { name, dateOfBirth, expectedVersion: seen } = request.body;
      const { case: changed, suspect } = await changeCase(app, request, {
        run: (deps, by, current) => addSuspect(deps, { caseId: current.id, name, ...(dateOfBirth ? { dateOfBirth } : {}), by }),
        caseId: request.params.id,
        expectedVersion: seen,
        eventType: 'case.suspect-named',
        audit: (result) => ({ action: 'collection', details: { fields: dateOfBirth ? ['suspect.name', 'suspect.dateOfBirth'] : ['suspect.name'], suspectId: result.suspect.id } }),
      });
      const { eliminatedAt: _eliminatedAt, eliminationReason: _reason, ...named } = suspect;
      return reply.code(201).send({ case: toCaseSummary(changed), suspect: { ...named, addedAt: suspect.addedAt.toISOString() } });
    },
  );

  app.post(
    '/api/cases/:id/suspects/:suspectId/eliminate',
    {
      schema: {
        summary: 'Eliminate a suspect (kept on the case with the reason)',
        tags: ['cases'],
        params: caseIdParams.extend({ suspectId: z.string().min(1).max(200) }),
        body: eliminateBody,
        response: { 200: changedCase({}) },
      },
    },
    async (request) => {
      const { reason, expectedVersion: seen } = request.body;
      const { suspectId } = request.params;
      const { case: changed } = await changeCase(app, request, {
        run: async (deps, by, current) => ({ case: await eliminateSuspect(deps, { caseId: current.id, suspectId, reason, by }) }),
        caseId: request.params.id,
        expectedVersion: seen,
        eventType: 'case.suspect-eliminated',
        audit: () => ({ action: 'alteration', details: { fields: ['suspect.status', 'suspect.eliminationReason'], suspectId } }),
      });
      return { case: toCaseSummary(changed) };
    },
  );
};
