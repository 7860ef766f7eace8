/**
 * POST /api/problems: open a problem profile at SARA scanning — the place (a ward of the model, or
 * a point placed in one), the issue, and its owner (the caller, or a colleague who must have an
 * active account), within the caller's area.
 */
import { createOperationsRepositories } from '@peel/db';
import { DomainError, openProblem } from '@peel/domain';
import { z } from 'zod';
import { callerOf } from '../../authorization/caller';
import { assertRecordAccess } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from '../operations/operations-setup';
import { placeProblem } from './place-problem';
import { problemRecord, problemSchema, toProblemView } from './problem-views';

const newProblemBody = z.object({
  title: z.string().min(1).max(200),
  issue: z.string().min(1).max(200).describe('In the vocabulary of incidents: a data.police.uk category (\'anti-social-behaviour\', \'burglary\') or an NSIR code (\'asb-nuisance\')'),
  location: z.object({
    description: z.string().min(1).max(500).describe('"the underpass by the station, London Road"'),
    wardCode: z.string().min(1).max(20).optional().describe('A ward of the model; found from lat/lon when left out'),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
  }),
  ownerId: z.string().min(1).max(200).optional().describe('The user who owns the problem; the caller when left out'),
});

/** Registers POST /api/problems. */
export const registerOpenProblem: RouteRegistration = (app) => {
  app.post(
    '/api/problems',
    { schema: { summary: 'Open a problem profile (SARA scanning)', tags: ['problems'], body: newProblemBody, response: { 201: problemSchema } } },
    async (request, reply) => {
      const { principal } = callerOf(request);
      const { db, clock, ids, events, users } = app.services;
      const { body } = request;
      const location = await placeProblem(await operationsSetup(app), body.location);
      const ownerId = body.ownerId ?? principal.id;
      const owner = await users.findById(ownerId);
      if (!owner || owner.disabled) throw new DomainError('VALIDATION', `ownerId: no active user ${ownerId}`, 'ownerId');
      assertRecordAccess(request, problemRecord({ id: 'new', location, ownerId }));
      const problem = await db.transaction(async (tx) => {
        const opened = await openProblem({ problems: createOperationsRepositories(tx).problems, clock, ids }, { title: body.title, issue: body.issue, location, ownerId, by: principal.id });
        await events.publish(tx, { type: 'problem.opened', entityType: 'problem', entityId: opened.id, areaId: location.area, ownerIds: [ownerId], data: { wardCode: location.wardCode, issue: opened.issue } });
        return opened;
      });
      return reply.code(201).send(toProblemView(problem));
    },
  );
};
