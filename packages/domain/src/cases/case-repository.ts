/** The storage port for cases. `@peel/db` implements it; `testing/` has an in-memory one. */
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/domain-error';
import type { IdSource } from '../shared/id-source';
import type { Case, CaseStatus } from './case';

/** Which cases to list (all conditions must hold). */
export interface CaseQuery {
  /** Cases whose current owner is this officer. */
  ownerId?: string;
  area?: string;
  statuses?: readonly CaseStatus[];
  incidentId?: string;
  ids?: readonly string[];
}

/** Stores cases with optimistic concurrency. */
export interface CaseRepository {
  get(id: string): Promise<Case | undefined>;
  /**
   * Stores `next`. A new case has version 1 and an id not yet stored; an update has exactly one
   * more than the stored version. Anything else is a concurrent change: throw CONFLICT.
   */
  save(next: Case): Promise<void>;
  /** Cases matching the query, in the order they were opened. */
  list(query?: CaseQuery): Promise<Case[]>;
}

/** What the case use cases need. */
export interface CaseDependencies {
  cases: CaseRepository;
  clock: Clock;
  ids: IdSource;
}

/** The case, or NOT_FOUND naming `caseId`. */
export async function loadCase(cases: CaseRepository, caseId: string): Promise<Case> {
  const found = await cases.get(caseId);
  if (!found) throw new DomainError('NOT_FOUND', `case ${caseId} not found`, 'caseId');
  return found;
}
