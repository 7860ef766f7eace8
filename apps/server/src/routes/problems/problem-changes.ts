/**
 * Working a problem: POST /api/problems/:id/stage (SARA: scanning → analysis → response →
 * assessment, with its loops; 409 INVALID_TRANSITION otherwise), /incidents (link an incident the
 * caller may see), /tasks (for a partner of the model — due by its SLA in working days, e.g. a
 * district council's 10 — or an officer with a set date), /tasks/:taskId/close (done, on time or
 * late, or cancelled) and /close (after the assessment, with no open task).
 */
import { createOperationsRepositories } from '@peel/db';
import { assignTask, closeProblem, closeTask, DomainError, linkIncident, moveProblemStage, SARA_STAGES } from '@peel/domain';
import { z } from 'zod';
import { assertRecordAccess } from '../../authorization/record-access';
import type { RouteRegistration } from '../peel-server';
import { operationsSetup } from '../operations/operations-setup';
import { changeProblem } from './change-problem';
import { expectedVersion, problemIdParams, problemSchema, problemSummarySchema, taskSchema, toProblemSummary, toProblemView, toTaskView } from './problem-views';

const stageBody = z.object({ to: z.enum(SARA_STAGES), note: z.string().min(1).max(2000).optional(), expectedVersion });
const linkBody = z.object({ incidentId: z.string().min(1).max(200), expectedVersion });
const taskBody = z.object({
  title: z.string().min(1).max(500),
  partnerId: z.string().min(1).max(200).optional().describe('A partner of the model (exactly one of partnerId and officerId)'),
  officerId: z.string().min(1).max(200).optional(),
  dueDate: z.iso.date().optional().describe('YYYY-MM-DD; required unless the partner has an SLA'),
  expectedVersion,
});
const closeTaskBody = z.object({ outcome: z.enum(['done', 'cancelled']), note: z.string().min(1).max(2000).optional() });
const closeBody = z.object({ summary: z.string().min(1).max(5000).describe('What the assessment found'), expectedVersion });
const taskAnswer = z.object({ problem: problemSummarySchema, task: taskSchema });

/** Registers the problem change routes. */
export const registerProblemChanges: RouteRegistration = (app) => {
  app.post(
    '/api/problems/:id/stage',
    { schema: { summary: 'Move a problem to another SARA stage', tags: ['problems'], params: problemIdParams, body: stageBody, response: { 200: problemSchema } } },
    async (request) => {
      const { to, note, expectedVersion: seen } = request.body;
      const { problem } = await changeProblem(app, request, {
        run: async (deps, by, current) => ({ problem: await moveProblemStage(deps, { problemId: current.id, to, by, ...(note ? { note } : {}) }) }),
        problemId: request.params.id,
        expectedVersion: seen,
        eventType: 'problem.stage-changed',
      });
      return toProblemView(problem);
    },
  );

  app.post(
    '/api/problems/:id/incidents',
    { schema: { summary: 'Link an incident to a problem', tags: ['problems'], params: problemIdParams, body: linkBody, response: { 201: problemSchema } } },
    async (request, reply) => {
      const { incidentId, expectedVersion: seen } = request.body;
      const incident = await createOperationsRepositories(app.services.db).incidents.findById(incidentId);
      if (!incident) throw new DomainError('NOT_FOUND', `incident ${incidentId} does not exist`, 'incidentId');
      assertRecordAccess(request, { entityType: 'incident', entityId: incident.id, areaId: incident.location.areaId });
      const { problem } = await changeProblem(app, request, {
        run: async (deps, by, current) => ({ problem: await linkIncident(deps, { problemId: current.id, incidentId, by }) }),
        problemId: request.params.id,
        expectedVersion: seen,
        eventType: 'problem.incident-linked',
      });
      return reply.code(201).send(toProblemView(problem));
    },
  );

  app.post(
    '/api/problems/:id/tasks',
    {
      schema: {
        summary: 'Give a partner agency (or an officer) a task',
        description: 'A partner task with no dueDate is due by the partner\'s SLA in England and Wales working days.',
        tags: ['problems'],
        params: problemIdParams,
        body: taskBody,
        response: { 201: taskAnswer },
      },
    },
    async (request, reply) => {
      const { expectedVersion: seen, ...task } = request.body;
      const { model } = await operationsSetup(app);
      const result = await changeProblem(app, request, {
        run: (deps, by, current) => assignTask(deps, { problemId: current.id, ...task, by }),
        problemId: request.params.id,
        expectedVersion: seen,
        eventType: 'problem.task-assigned',
        partners: model.partners ?? [],
      });
      return reply.code(201).send({ problem: toProblemSummary(result.problem, app.services.clock.now()), task: toTaskView(result.task) });
    },
  );

  app.post(
    '/api/problems/:id/tasks/:taskId/close',
    {
      schema: {
        summary: 'Close a task: done (on time or late) or cancelled',
        tags: ['problems'],
        params: problemIdParams.extend({ taskId: z.string().min(1).max(200) }),
        body: closeTaskBody,
        response: { 200: taskAnswer },
      },
    },
    async (request) => {
      const { outcome, note } = request.body;
      const { taskId } = request.params;
      const result = await changeProblem(app, request, {
        run: (deps, by, current) => closeTask(deps, { problemId: current.id, taskId, outcome, by, ...(note ? { note } : {}) }),
        problemId: request.params.id,
        eventType: 'problem.task-closed',
      });
      return { problem: toProblemSummary(result.problem, app.services.clock.now()), task: toTaskView(result.task) };
    },
  );

  app.post(
    '/api/problems/:id/close',
    { schema: { summary: 'Close a problem after its assessment', tags: ['problems'], params: problemIdParams, body: closeBody, response: { 200: problemSchema } } },
    async (request) => {
      const { summary, expectedVersion: seen } = request.body;
      const { problem } = await changeProblem(app, request, {
        run: async (deps, by, current) => ({ problem: await closeProblem(deps, { problemId: current.id, summary, by }) }),
        problemId: request.params.id,
        expectedVersion: seen,
        eventType: 'problem.closed',
      });
      return toProblemView(problem);
    },
  );
};
