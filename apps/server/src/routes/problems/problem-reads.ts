/**
 * Reading problems: GET /api/problems (summaries, filtered by area — an area-scoped caller's own —
 * ward, status and owner), GET /api/problems/:id (the whole profile), GET /api/problems/overdue-tasks
 * (open tasks past their deadline: partners past their SLA, longest overdue first) and
 * GET /api/problems/ward-issues (the top-ten issues per ward: incidents of the window, then open
 * problems; Staffordshire's PCSOs keep this list).
 */
import { createOperationsRepositories, listWardIssueIncidents } from '@peel/db';
import { DomainError, listOverdueTasks, rankWardIssues } from '@peel/domain';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';
import { listArea } from '../cases/list-area';
import { WORKING_DAYS } from '../victims/victim-deps';
import { findProblemInScope } from './change-problem';
import { problemIdParams, problemSchema, problemSummarySchema, taskSchema, toProblemSummary, toProblemView, toTaskView } from './problem-views';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The ward-issues window when none is given: the last 90 days. */
const DEFAULT_WINDOW_DAYS = 90;

const overdueSchema = z.object({
  asOf: z.string(),
  tasks: z.array(z.object({ problemId: z.string(), problemTitle: z.string(), wardCode: z.string(), area: z.string(), ownerId: z.string(), task: taskSchema, workingDaysOverdue: z.number().int() })),
});

const wardIssuesSchema = z.object({
  area: z.string().nullable(),
  from: z.string(),
  to: z.string(),
  wards: z.array(z.object({ wardCode: z.string(), issues: z.array(z.object({ rank: z.number().int(), issue: z.string(), incidents: z.number().int(), openProblems: z.number().int(), problemIds: z.array(z.string()) })) })),
  unplacedIncidents: z.number().int().describe('Incidents of the window in no ward: not ranked, counted so they do not vanish'),
});

/** Registers the problem reads. */
export const registerProblemReads: RouteRegistration = (app) => {
  app.get(
    '/api/problems',
    {
      schema: {
        summary: 'Problem profiles',
        tags: ['problems'],
        querystring: z.object({
          area: z.string().min(1).optional(),
          wardCode: z.string().min(1).optional(),
          status: z.enum(['open', 'closed', 'all']).default('open'),
          ownerId: z.string().min(1).optional(),
        }),
        response: { 200: z.object({ problems: z.array(problemSummarySchema) }) },
      },
    },
    async (request) => {
      const { wardCode, status, ownerId } = request.query;
      const area = listArea(request, request.query.area);
      const problems = await createOperationsRepositories(app.services.db).problems.list({
        ...(area !== undefined ? { area } : {}),
        ...(wardCode !== undefined ? { wardCode } : {}),
        ...(status !== 'all' ? { status } : {}),
        ...(ownerId !== undefined ? { ownerId } : {}),
      });
      const now = app.services.clock.now();
      return { problems: problems.map((problem) => toProblemSummary(problem, now)) };
    },
  );

  app.get(
    '/api/problems/overdue-tasks',
    {
      schema: {
        summary: 'Tasks past their deadline',
        description: 'Open tasks of open problems whose due date has ended (London), longest overdue first; workingDaysOverdue in England and Wales working days.',
        tags: ['problems'],
        querystring: z.object({ area: z.string().min(1).optional(), partnerId: z.string().min(1).optional() }),
        response: { 200: overdueSchema },
      },
    },
    async (request) => {
      const area = listArea(request, request.query.area);
      const { partnerId } = request.query;
      const { clock } = app.services;
      const tasks = await listOverdueTasks(
        { problems: createOperationsRepositories(app.services.db).problems, clock, calendar: WORKING_DAYS },
        { ...(area !== undefined ? { area } : {}), ...(partnerId !== undefined ? { partnerId } : {}) },
      );
      return { asOf: clock.now().toISOString(), tasks: tasks.map((entry) => ({ ...entry, task: toTaskView(entry.task) })) };
    },
  );

  app.get(
    '/api/problems/ward-issues',
    {
      schema: {
        summary: 'Top-ten issues per ward',
        description: `Per ward: incidents of each issue recorded in [from, to) (default the last ${DEFAULT_WINDOW_DAYS} days), then open problems with it. An incident's issue is its data.police.uk category for a crime, else its NSIR code.`,
        tags: ['problems'],
        querystring: z.object({ area: z.string().min(1).optional(), from: z.iso.datetime().optional(), to: z.iso.datetime().optional(), limit: z.coerce.number().int().min(1).max(50).default(10) }),
        response: { 200: wardIssuesSchema },
      },
    },
    async (request) => {
      const area = listArea(request, request.query.area);
      const to = request.query.to ? new Date(request.query.to) : app.services.clock.now();
      const from = request.query.from ? new Date(request.query.from) : new Date(to.getTime() - DEFAULT_WINDOW_DAYS * DAY_MS);
      if (!(from.getTime() < to.getTime())) throw new DomainError('VALIDATION', `from (${from.toISOString()}) must be before to (${to.toISOString()})`, 'from');
      const { db } = app.services;
      const scope = area !== undefined ? { areaId: area } : {};
      const [problems, incidents] = await Promise.all([
        createOperationsRepositories(db).problems.list({ status: 'open', ...(area !== undefined ? { area } : {}) }),
        listWardIssueIncidents(db, { from, to, ...scope }),
      ]);
      const ranking = rankWardIssues({ problems, incidents, from, to, limit: request.query.limit });
      return { area: area ?? null, from: from.toISOString(), to: to.toISOString(), wards: ranking.wards, unplacedIncidents: ranking.unplacedIncidents };
    },
  );

  app.get(
    '/api/problems/:id',
    { schema: { summary: 'One problem profile', tags: ['problems'], params: problemIdParams, response: { 200: problemSchema } } },
    async (request) => toProblemView(await findProblemInScope(request, createOperationsRepositories(app.services.db).problems, request.params.id)),
  );
};
