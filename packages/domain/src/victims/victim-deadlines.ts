/**
 * Due and overdue victim updates, per owner and per area: the worklist that stops victims going
 * un-updated. A duty is overdue once `asOf` reaches its `dueBy` (the end of its London due date)
 * and due before then. Each duty is listed under its case's current owner and area, so a handoff
 * moves the outstanding duties with the case.
 */
import type { IsoDate } from '../calendar/iso-date';
import { londonDateOf } from '../calendar/london-time';
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { Case } from '../cases/case';
import { isRestrictedVictim, type VictimDuty } from './victim';
import type { VictimDependencies } from './victim-repository';

/** One outstanding duty with who owns it now. */
export interface VictimDeadlineItem {
  duty: VictimDuty;
  caseId: string;
  ownerId: string;
  teamId?: string;
  area: string;
  state: 'due' | 'overdue';
  /** Working days past the due date as of `asOf` (0 while due, and on the day it went overdue). */
  workingDaysOverdue: number;
}

/** Counts for one owner or area. */
export interface VictimDeadlineCount {
  key: string;
  due: number;
  overdue: number;
}

/** The worklist. */
export interface VictimDeadlineList {
  asOf: Date;
  /** Open duties not yet past their deadline, soonest first. */
  due: VictimDeadlineItem[];
  /** Open duties past their deadline, longest overdue first. */
  overdue: VictimDeadlineItem[];
  byOwner: VictimDeadlineCount[];
  byArea: VictimDeadlineCount[];
}

/**
 * Sorts open duties into due and overdue as of `asOf`. Periodic duties of finalised cases are left
 * out (there is no investigation left to update on); event notifications stay until met — the
 * victim is still owed them. Duties whose case is not in `cases` are left out.
 */
export function classifyVictimDeadlines(options: { duties: readonly VictimDuty[]; cases: readonly Case[]; asOf: Date; calendar: WorkingDayCalendar }): VictimDeadlineList {
  const casesById = new Map(options.cases.map((subject) => [subject.id, subject]));
  const today: IsoDate = londonDateOf(options.asOf);
  const due: VictimDeadlineItem[] = [];
  const overdue: VictimDeadlineItem[] = [];
  for (const duty of options.duties) {
    const subject = casesById.get(duty.caseId);
    if (duty.status !== 'open' || !subject) continue;
    if (duty.kind === 'periodic-update' && subject.status === 'finalised') continue;
    const isOverdue = options.asOf.getTime() >= duty.dueBy.getTime();
    const item: VictimDeadlineItem = {
      duty,
      caseId: subject.id,
      ownerId: subject.owner.officerId,
      ...(subject.owner.teamId ? { teamId: subject.owner.teamId } : {}),
      area: subject.area,
      state: isOverdue ? 'overdue' : 'due',
      workingDaysOverdue: isOverdue ? options.calendar.workingDaysBetween(duty.dueDate, today) : 0,
    };
    (isOverdue ? overdue : due).push(item);
  }
  const byTime = (left: VictimDeadlineItem, right: VictimDeadlineItem) => left.duty.dueBy.getTime() - right.duty.dueBy.getTime() || (left.duty.id < right.duty.id ? -1 : 1);
  due.sort(byTime);
  overdue.sort(byTime);
  return { asOf: options.asOf, due, overdue, byOwner: countBy([...due, ...overdue], (item) => item.ownerId), byArea: countBy([...due, ...overdue], (item) => item.area) };
}

function countBy(items: readonly VictimDeadlineItem[], keyOf: (item: VictimDeadlineItem) => string): VictimDeadlineCount[] {
  const counts = new Map<string, VictimDeadlineCount>();
  for (const item of items) {
    const key = keyOf(item);
    const count = counts.get(key) ?? { key, due: 0, overdue: 0 };
    count[item.state] += 1;
    counts.set(key, count);
  }
  return [...counts.values()].sort((left, right) => right.overdue - left.overdue || right.due - left.due || (left.key < right.key ? -1 : 1));
}

/** Whose worklist: one owner's, one area's, or (neither) everyone's. */
export interface ListVictimDeadlinesInput {
  ownerId?: string;
  area?: string;
  /**
   * False for a reader without restricted access: the duties of restricted victims
   * ({@link isRestrictedVictim}) are left out, counts included, as if those victims did not exist.
   * Default true.
   */
  includeRestricted?: boolean;
}

/** The due and overdue victim updates as of the clock's now, for an owner or an area. */
export async function listVictimDeadlines(deps: Pick<VictimDependencies, 'cases' | 'victims' | 'clock' | 'calendar'>, input: ListVictimDeadlinesInput = {}): Promise<VictimDeadlineList> {
  const cases = await deps.cases.list({ ...(input.ownerId !== undefined ? { ownerId: input.ownerId } : {}), ...(input.area !== undefined ? { area: input.area } : {}) });
  const caseIds = cases.map((subject) => subject.id);
  let duties = cases.length === 0 ? [] : await deps.victims.listDuties({ caseIds, status: 'open' });
  if (input.includeRestricted === false && duties.length > 0) {
    const hidden = new Set((await deps.victims.listVictims({ caseIds })).filter(isRestrictedVictim).map((victim) => victim.id));
    duties = duties.filter((duty) => !hidden.has(duty.victimId));
  }
  return classifyVictimDeadlines({ duties, cases, asOf: deps.clock.now(), calendar: deps.calendar });
}
