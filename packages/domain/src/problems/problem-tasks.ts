/** Tasks in a problem's response, with due dates from partner SLAs in working days. */
import { workingDayDeadline } from '../calendar/deadline';
import { isIsoDate } from '../calendar/iso-date';
import { endOfLondonDay, londonDateOf } from '../calendar/london-time';
import { requireText } from '../cases/input';
import { DomainError } from '../shared/domain-error';
import type { ProblemProfile, ProblemTask, TaskAssignee } from './problem';
import { loadProblem, requireOpenProblem, type ProblemDependencies } from './problem-repository';

/** What assigning a task needs: a partner or an officer, and a due date unless the partner has an SLA. */
export interface AssignTaskInput {
  problemId: string;
  title: string;
  partnerId?: string;
  officerId?: string;
  /** `YYYY-MM-DD`; overrides the partner's SLA. Required for officers and partners without an SLA. */
  dueDate?: string;
  by: string;
}

/**
 * Adds a task. For a partner with `slaResponseWorkingDays` and no set date, the task is due that
 * many working days after today (London; the day of assignment does not count), by the end of
 * the day. A partner not yet working the problem is brought in.
 */
export async function assignTask(deps: ProblemDependencies, input: AssignTaskInput): Promise<{ problem: ProblemProfile; task: ProblemTask }> {
  const title = requireText(input.title, 'title');
  const by = requireText(input.by, 'by');
  if ((input.partnerId === undefined) === (input.officerId === undefined)) {
    throw new DomainError('VALIDATION', 'a task is for exactly one partnerId or officerId', input.partnerId === undefined ? 'partnerId' : 'officerId');
  }
  const current = requireOpenProblem(await loadProblem(deps.problems, input.problemId));
  const now = deps.clock.now();
  const today = londonDateOf(now);

  let assignee: TaskAssignee;
  let slaDays: number | undefined;
  if (input.partnerId !== undefined) {
    const partner = deps.partners.find((entry) => entry.id === input.partnerId);
    if (!partner) throw new DomainError('NOT_FOUND', `partner ${input.partnerId} is not a partner of this model`, 'partnerId');
    assignee = { kind: 'partner', partnerId: partner.id };
    slaDays = partner.slaResponseWorkingDays;
  } else {
    assignee = { kind: 'officer', officerId: requireText(input.officerId, 'officerId') };
  }

  let due: Pick<ProblemTask, 'basis' | 'dueDate' | 'dueBy' | 'allowedWorkingDays'>;
  if (input.dueDate !== undefined) {
    if (!isIsoDate(input.dueDate)) throw new DomainError('VALIDATION', `dueDate must be a date written YYYY-MM-DD, got '${input.dueDate}'`, 'dueDate');
    if (input.dueDate < today) throw new DomainError('VALIDATION', `dueDate ${input.dueDate} is before today (${today})`, 'dueDate');
    due = { basis: 'set-date', dueDate: input.dueDate, dueBy: endOfLondonDay(input.dueDate) };
  } else if (slaDays !== undefined) {
    due = { basis: 'partner-sla', allowedWorkingDays: slaDays, ...workingDayDeadline({ from: now, workingDays: slaDays, calendar: deps.calendar }) };
  } else {
    const whose = assignee.kind === 'partner' ? `partner ${assignee.partnerId} has no slaResponseWorkingDays` : 'an officer task has no SLA';
    throw new DomainError('VALIDATION', `dueDate is required: ${whose}`, 'dueDate');
  }

  const task: ProblemTask = { id: deps.ids.next('problem-task'), title, assignee, assignedAt: now, assignedBy: by, ...due, status: 'open' };
  const partnerIds = assignee.kind === 'partner' && !current.partnerIds.includes(assignee.partnerId) ? [...current.partnerIds, assignee.partnerId] : current.partnerIds;
  const next: ProblemProfile = { ...current, partnerIds, tasks: [...current.tasks, task], version: current.version + 1 };
  await deps.problems.save(next);
  return { problem: next, task };
}

/** What closing a task needs. */
export interface CloseTaskInput {
  problemId: string;
  taskId: string;
  outcome: 'done' | 'cancelled';
  note?: string;
  by: string;
}

/** Marks a task done (on time or late) or cancelled. */
export async function closeTask(deps: Pick<ProblemDependencies, 'problems' | 'clock'>, input: CloseTaskInput): Promise<{ problem: ProblemProfile; task: ProblemTask }> {
  const by = requireText(input.by, 'by');
  if (input.outcome !== 'done' && input.outcome !== 'cancelled') throw new DomainError('VALIDATION', `outcome must be 'done' or 'cancelled', got '${input.outcome as string}'`, 'outcome');
  const current = requireOpenProblem(await loadProblem(deps.problems, input.problemId));
  const task = current.tasks.find((entry) => entry.id === input.taskId);
  if (!task) throw new DomainError('NOT_FOUND', `task ${input.taskId} is not on problem ${current.id}`, 'taskId');
  if (task.status !== 'open') throw new DomainError('CONFLICT', `task ${task.id} is already ${task.status}`, 'taskId');
  const now = deps.clock.now();
  const note = input.note?.trim();
  const closed: ProblemTask = {
    ...task,
    status: input.outcome,
    closedAt: now,
    closedBy: by,
    ...(input.outcome === 'done' ? { doneOnTime: now.getTime() < task.dueBy.getTime() } : {}),
    ...(note ? { note } : {}),
  };
  const next: ProblemProfile = { ...current, tasks: current.tasks.map((entry) => (entry.id === task.id ? closed : entry)), version: current.version + 1 };
  await deps.problems.save(next);
  return { problem: next, task: closed };
}
