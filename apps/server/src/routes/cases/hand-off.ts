/**
 * POST /api/cases/:id/handoffs: the only way a case changes owner. Every handoff is kept with its
 * reason, time and who made it, and counted (`handoffCount`): the figure Wiltshire's one-team
 * model was judged by. The new owner must be someone who could open the case.
 */
import { handOffCase } from '@peel/domain';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';
import { checkCaseOwner } from './case-owner';
import { caseIdParams, changedCase, expectedVersion, toCaseSummary } from './case-views';
import { changeCase } from './change-case';

const handoffBody = z.object({
  toOfficerId: z.string().min(1).max(200).describe('The user who will own the case'),
  toTeamId: z.string().min(1).max(200).optional(),
  reason: z.string().min(1).max(2000).describe('Why the case changes hands (required: an unexplained handoff cannot be improved on)'),
  expectedVersion,
});

const handoffSchema = z.object({
  sequence: z.number().int(),
  from: z.object({ officerId: z.string(), teamId: z.string().optional() }),
  to: z.object({ officerId: z.string(), teamId: z.string().optional() }),
  reason: z.string(),
  at: z.string(),
  by: z.string(),
});

/** Registers POST /api/cases/:id/handoffs. */
export const registerHandOff: RouteRegistration = (app) => {
  app.post(
    '/api/cases/:id/handoffs',
    {
      schema: {
        summary: 'Hand a case to a new owner',
        description: 'Counted: the answer carries the case\'s handoffCount. The new owner must be able to open the case (VALIDATION naming toOfficerId otherwise).',
        tags: ['cases'],
        params: caseIdParams,
        body: handoffBody,
        response: { 201: changedCase({ handoff: handoffSchema }) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      const to = { officerId: body.toOfficerId, ...(body.toTeamId ? { teamId: body.toTeamId } : {}) };
      const { case: handed } = await changeCase(app, request, {
        run: async (deps, by, current) => ({ case: await handOffCase(deps, { caseId: current.id, to, reason: body.reason, by }) }),
        caseId: request.params.id,
        expectedVersion: body.expectedVersion,
        eventType: 'case.handed-off',
        eventData: (result) => ({ handoffCount: result.case.handoffs.length }),
        check: (current) => checkCaseOwner(app, to, current.area, 'toOfficerId'),
      });
      const handoff = handed.handoffs.at(-1);
      if (!handoff) throw new Error(`case ${handed.id} was handed off but has no handoff`);
      return reply.code(201).send({ case: toCaseSummary(handed), handoff: { ...handoff, at: handoff.at.toISOString() } });
    },
  );
};
