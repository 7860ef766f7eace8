/** The storage port for problem profiles. `@peel/db` implements it; `testing/` has an in-memory one. */
import type { WorkingDayCalendar } from '../calendar/working-days';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/domain-error';
import type { IdSource } from '../shared/id-source';
import type { PartnerAgency, ProblemProfile } from './problem';

/** Which problems to list (all conditions must hold). */
export interface ProblemQuery {
  area?: string;
  wardCode?: string;
  status?: ProblemProfile['status'];
  ownerId?: string;
}

/** Stores problem profiles with optimistic concurrency. */
export interface ProblemRepository {
  get(id: string): Promise<ProblemProfile | undefined>;
  /** Version 1 for a new problem, stored version + 1 for an update; CONFLICT otherwise. */
  save(next: ProblemProfile): Promise<void>;
  /** Problems matching the query, in the order they were opened. */
  list(query?: ProblemQuery): Promise<ProblemProfile[]>;
}

/** What the problem use cases need. */
export interface ProblemDependencies {
  problems: ProblemRepository;
  clock: Clock;
  ids: IdSource;
  calendar: WorkingDayCalendar;
  /** The model's partners (with their SLAs). */
  partners: readonly PartnerAgency[];
}

/** The problem, or NOT_FOUND naming `problemId`. */
export async function loadProblem(problems: ProblemRepository, problemId: string): Promise<ProblemProfile> {
  const found = await problems.get(problemId);
  if (!found) throw new DomainError('NOT_FOUND', `problem ${problemId} not found`, 'problemId');
  return found;
}

/** The problem if it is still open; INVALID_TRANSITION otherwise. */
export function requireOpenProblem(problem: ProblemProfile): ProblemProfile {
  if (problem.status !== 'open') throw new DomainError('INVALID_TRANSITION', `problem ${problem.id} is closed`, 'problemId');
  return problem;
}
