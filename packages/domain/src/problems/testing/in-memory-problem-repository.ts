/** An in-memory ProblemRepository for tests and demos; same contract as the database one. */
import { DomainError } from '../../shared/domain-error';
import type { ProblemProfile } from '../problem';
import type { ProblemQuery, ProblemRepository } from '../problem-repository';

/** A ProblemRepository over a Map, with the optimistic-concurrency contract of the port. */
export function createInMemoryProblemRepository(): ProblemRepository {
  const rows = new Map<string, ProblemProfile>();
  return {
    async get(id) {
      const found = rows.get(id);
      return found ? structuredClone(found) : undefined;
    },
    async save(next) {
      const stored = rows.get(next.id);
      const expected = stored ? stored.version + 1 : 1;
      if (next.version !== expected) throw new DomainError('CONFLICT', `problem ${next.id} was changed by someone else (stored version ${stored?.version ?? 'none'}, saving ${next.version})`, 'version');
      rows.set(next.id, structuredClone(next));
    },
    async list(query: ProblemQuery = {}) {
      return [...rows.values()]
        .filter(
          (row) =>
            (query.area === undefined || row.location.area === query.area) &&
            (query.wardCode === undefined || row.location.wardCode === query.wardCode) &&
            (query.status === undefined || row.status === query.status) &&
            (query.ownerId === undefined || row.ownerId === query.ownerId),
        )
        .sort((left, right) => left.openedAt.getTime() - right.openedAt.getTime() || (left.id < right.id ? -1 : 1))
        .map((row) => structuredClone(row));
    },
  };
}
