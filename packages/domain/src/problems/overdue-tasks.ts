/** Problem tasks past their deadline — chiefly partners past their SLA. */
import { londonDateOf } from '../calendar/london-time';
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { ProblemProfile, ProblemTask } from './problem';
import type { ProblemDependencies, ProblemQuery } from './problem-repository';

/** An overdue task with its problem. */
export interface OverdueTask {
  problemId: string;
  problemTitle: string;
  wardCode: string;
  area: string;
  ownerId: string;
  task: ProblemTask;
  /** Working days past the due date (0 on the first day overdue). */
  workingDaysOverdue: number;
}

/**
 * Open tasks of open problems whose deadline (`dueBy`, the end of their London due date) has
 * passed at `asOf`, longest overdue first.
 */
export function findOverdueTasks(options: { problems: readonly ProblemProfile[]; asOf: Date; calendar: WorkingDayCalendar }): OverdueTask[] {
  const today = londonDateOf(options.asOf);
  const overdue: OverdueTask[] = [];
  for (const problem of options.problems) {
    if (problem.status !== 'open') continue;
    for (const task of problem.tasks) {
      if (task.status !== 'open' || options.asOf.getTime() < task.dueBy.getTime()) continue;
      overdue.push({
        problemId: problem.id,
        problemTitle: problem.title,
        wardCode: problem.location.wardCode,
        area: problem.location.area,
        ownerId: problem.ownerId,
        task,
        workingDaysOverdue: options.calendar.workingDaysBetween(task.dueDate, today),
      });
    }
  }
  return overdue.sort((left, right) => left.task.dueBy.getTime() - right.task.dueBy.getTime() || (left.task.id < right.task.id ? -1 : 1));
}

/** Overdue tasks as of the clock's now, optionally for one partner, owner, ward or area. */
export async function listOverdueTasks(
  deps: Pick<ProblemDependencies, 'problems' | 'clock' | 'calendar'>,
  input: Omit<ProblemQuery, 'status'> & { partnerId?: string } = {},
): Promise<OverdueTask[]> {
  const { partnerId, ...query } = input;
  const problems = await deps.problems.list({ ...query, status: 'open' });
  const overdue = findOverdueTasks({ problems, asOf: deps.clock.now(), calendar: deps.calendar });
  return partnerId === undefined ? overdue : overdue.filter((entry) => entry.task.assignee.kind === 'partner' && entry.task.assignee.partnerId === partnerId);
}
