/**
 * GET /api/victims/deadlines: the worklist that stops victims going un-updated — open duties due
 * and overdue as of now, with counts per owner and per area. Officers see their own cases'
 * duties, supervisors their area's, analysts any area. Items carry ids and dates only; duties of
 * restricted victims are left out (counts included) for a user without restricted access.
 */
import { createOperationsRepositories } from '@peel/db';
import { listVictimDeadlines } from '@peel/domain';
import { z } from 'zod';
import { listScope } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { listArea } from '../cases/list-area';
import { WORKING_DAYS } from './victim-deps';
import { deadlineItemSchema, toDeadlineItemView } from './victim-views';

const count = z.object({ key: z.string(), due: z.number().int(), overdue: z.number().int() });

/** Registers GET /api/victims/deadlines. */
export const registerVictimDeadlines: RouteRegistration = (app) => {
  app.get(
    '/api/victims/deadlines',
    {
      schema: {
        summary: 'Victim updates due and overdue',
        description: 'Overdue once the end of the London due date has passed; workingDaysOverdue counts England and Wales working days.',
        tags: ['victims'],
        querystring: z.object({ area: z.string().min(1).optional() }),
        response: { 200: z.object({ asOf: z.string(), due: z.array(deadlineItemSchema), overdue: z.array(deadlineItemSchema), byOwner: z.array(count), byArea: z.array(count) }) },
      },
    },
    async (request) => {
      const { ownerId, includeRestricted } = listScope(request);
      const area = listArea(request, request.query.area);
      const { cases, victims } = createOperationsRepositories(app.services.db);
      const list = await listVictimDeadlines(
        { cases, victims, clock: app.services.clock, calendar: WORKING_DAYS },
        { ...(ownerId !== undefined ? { ownerId } : {}), ...(area !== undefined ? { area } : {}), includeRestricted },
      );
      return { asOf: list.asOf.toISOString(), due: list.due.map(toDeadlineItemView), overdue: list.overdue.map(toDeadlineItemView), byOwner: list.byOwner, byArea: list.byArea };
    },
  );
};
