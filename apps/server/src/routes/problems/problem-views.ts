/**
 * What the problem routes answer with (listed in the server README): the whole profile, and a
 * summary for lists with its task counts as of now. Problem profiles hold places, issues and
 * tasks for agencies — no people by design, so they are not personal data. Times are ISO 8601.
 */
import type { ProblemProfile, ProblemTask } from '@peel/domain';
import { z } from 'zod';
import type { AccessControlledRecord } from '../../authorization/record-access';
import { toJson } from '../operations/operations-schemas';

const record = z.record(z.string(), z.unknown());

/** A task of the response, for a partner (with its SLA) or an officer. */
export const taskSchema = z.object({
  id: z.string(),
  title: z.string(),
  assignee: z.union([z.object({ kind: z.literal('partner'), partnerId: z.string() }), z.object({ kind: z.literal('officer'), officerId: z.string() })]),
  assignedAt: z.string(),
  assignedBy: z.string(),
  basis: z.enum(['partner-sla', 'set-date']),
  allowedWorkingDays: z.number().int().optional(),
  dueDate: z.string(),
  dueBy: z.string(),
  status: z.enum(['open', 'done', 'cancelled']),
  closedAt: z.string().optional(),
  closedBy: z.string().optional(),
  doneOnTime: z.boolean().optional(),
  note: z.string().optional(),
});

/** A whole problem profile. */
export const problemSchema = z.object({
  id: z.string(),
  title: z.string(),
  issue: z.string(),
  location: z.object({ description: z.string(), wardCode: z.string(), area: z.string(), lat: z.number().optional(), lon: z.number().optional() }),
  ownerId: z.string(),
  stage: z.enum(['scanning', 'analysis', 'response', 'assessment']),
  stageHistory: z.array(record),
  linkedIncidents: z.array(z.object({ incidentId: z.string(), linkedAt: z.string(), by: z.string() })),
  partnerIds: z.array(z.string()),
  tasks: z.array(taskSchema),
  status: z.enum(['open', 'closed']),
  openedAt: z.string(),
  openedBy: z.string(),
  closedAt: z.string().optional(),
  closureSummary: z.string().optional(),
  version: z.number().int(),
});

/** A problem in a list. */
export const problemSummarySchema = problemSchema.pick({ id: true, title: true, issue: true, ownerId: true, stage: true, status: true, openedAt: true, version: true }).extend({
  wardCode: z.string(),
  area: z.string(),
  linkedIncidents: z.number().int(),
  openTasks: z.number().int(),
  overdueTasks: z.number().int().describe('Open tasks past their deadline now (partners past their SLA)'),
});

/** The profile as returned. */
export function toProblemView(problem: ProblemProfile): z.infer<typeof problemSchema> {
  return toJson(problem) as z.infer<typeof problemSchema>;
}

/** A task as returned. */
export function toTaskView(task: ProblemTask): z.infer<typeof taskSchema> {
  return toJson(task) as z.infer<typeof taskSchema>;
}

/** The summary of `problem` as of `now`. */
export function toProblemSummary(problem: ProblemProfile, now: Date): z.infer<typeof problemSummarySchema> {
  const open = problem.tasks.filter((task) => task.status === 'open');
  return {
    id: problem.id,
    title: problem.title,
    issue: problem.issue,
    ownerId: problem.ownerId,
    stage: problem.stage,
    status: problem.status,
    openedAt: problem.openedAt.toISOString(),
    version: problem.version,
    wardCode: problem.location.wardCode,
    area: problem.location.area,
    linkedIncidents: problem.linkedIncidents.length,
    openTasks: open.length,
    overdueTasks: open.filter((task) => now.getTime() >= task.dueBy.getTime()).length,
  };
}

/** The access-control view of a problem: its area; its owner owns it. */
export function problemRecord(problem: Pick<ProblemProfile, 'id' | 'location' | 'ownerId'>): AccessControlledRecord {
  return { entityType: 'problem', entityId: problem.id, areaId: problem.location.area, ownerIds: [problem.ownerId] };
}

/** `:id` of a problem. */
export const problemIdParams = z.object({ id: z.string().min(1).max(200) });

/** An optional version check sent with a change. */
export const expectedVersion = z.number().int().min(1).optional().describe('The version the user saw; 409 CONFLICT if the problem changed since');
