/** An in-memory CaseRepository for tests and demos; same contract as the database one. */
import { DomainError } from '../../shared/domain-error';
import type { Case } from '../case';
import type { CaseQuery, CaseRepository } from '../case-repository';

/** A CaseRepository over a Map, with the optimistic-concurrency contract of the port. */
export function createInMemoryCaseRepository(): CaseRepository & { readonly size: number } {
  const rows = new Map<string, Case>();
  return {
    get size() {
      return rows.size;
    },
    async get(id) {
      const found = rows.get(id);
      return found ? structuredClone(found) : undefined;
    },
    async save(next) {
      const stored = rows.get(next.id);
      const expected = stored ? stored.version + 1 : 1;
      if (next.version !== expected) {
        throw new DomainError('CONFLICT', stored ? `case ${next.id} was changed by someone else (version ${stored.version}, saving ${next.version})` : `case ${next.id} does not exist yet: a new case has version 1`, 'version');
      }
      rows.set(next.id, structuredClone(next));
    },
    async list(query: CaseQuery = {}) {
      return [...rows.values()]
        .filter(
          (row) =>
            (query.ownerId === undefined || row.owner.officerId === query.ownerId) &&
            (query.area === undefined || row.area === query.area) &&
            (query.statuses === undefined || query.statuses.includes(row.status)) &&
            (query.incidentId === undefined || row.incidentId === query.incidentId) &&
            (query.ids === undefined || query.ids.includes(row.id)),
        )
        .sort((left, right) => left.openedAt.getTime() - right.openedAt.getTime() || (left.id < right.id ? -1 : 1))
        .map((row) => structuredClone(row));
    },
  };
}
