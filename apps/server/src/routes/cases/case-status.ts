/**
 * The case's status flow (domain `case-status.ts`): POST /api/cases/:id/status moves it between
 * allocated, investigating and awaiting-decision (finalising needs an outcome: /outcome);
 * POST /api/cases/:id/reopen reopens a finalised case with a reason (the outcome is kept as a
 * previous one). A move the flow forbids is 409 INVALID_TRANSITION naming both statuses.
 */
import { moveCase, reopenCase } from '@peel/domain';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';
import { caseIdParams, changedCase, expectedVersion, toCaseSummary } from './case-views';
import { changeCase } from './change-case';

const statusBody = z.object({ to: z.enum(['allocated', 'investigating', 'awaiting-decision']), reason: z.string().min(1).max(2000).optional(), expectedVersion });
const reopenBody = z.object({ reason: z.string().min(1).max(2000), expectedVersion });

/** Registers the status routes. */
export const registerCaseStatus: RouteRegistration = (app) => {
  app.post(
    '/api/cases/:id/status',
    { schema: { summary: 'Move a case along its status flow', tags: ['cases'], params: caseIdParams, body: statusBody, response: { 200: changedCase({}) } } },
    async (request) => {
      const { to, reason, expectedVersion: seen } = request.body;
      const { case: moved } = await changeCase(app, request, {
        run: async (deps, by, current) => ({ case: await moveCase(deps, { caseId: current.id, to, by, ...(reason ? { reason } : {}) }) }),
        caseId: request.params.id,
        expectedVersion: seen,
        eventType: 'case.status-changed',
        eventData: () => ({ status: to }),
      });
      return { case: toCaseSummary(moved) };
    },
  );

  app.post(
    '/api/cases/:id/reopen',
    { schema: { summary: 'Reopen a finalised case', tags: ['cases'], params: caseIdParams, body: reopenBody, response: { 200: changedCase({}) } } },
    async (request) => {
      const { reason, expectedVersion: seen } = request.body;
      const { case: reopened } = await changeCase(app, request, {
        run: async (deps, by, current) => ({ case: await reopenCase(deps, { caseId: current.id, reason, by }) }),
        caseId: request.params.id,
        expectedVersion: seen,
        eventType: 'case.reopened',
      });
      return { case: toCaseSummary(reopened) };
    },
  );
};
