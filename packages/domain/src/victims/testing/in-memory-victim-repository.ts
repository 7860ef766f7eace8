/** An in-memory VictimRepository for tests and demos; same contract as the database one. */
import { DomainError } from '../../shared/domain-error';
import type { Victim, VictimDuty, VictimUpdate } from '../victim';
import type { VictimDutyQuery, VictimRepository } from '../victim-repository';

/** A VictimRepository over Maps, with the concurrency contract of the port. */
export function createInMemoryVictimRepository(): VictimRepository {
  const victims = new Map<string, Victim>();
  const duties = new Map<string, VictimDuty>();
  const updates: VictimUpdate[] = [];
  return {
    async getVictim(id) {
      const found = victims.get(id);
      return found ? structuredClone(found) : undefined;
    },
    async saveVictim(next) {
      const stored = victims.get(next.id);
      const expected = stored ? stored.version + 1 : 1;
      if (next.version !== expected) throw new DomainError('CONFLICT', `victim ${next.id} was changed by someone else (stored version ${stored?.version ?? 'none'}, saving ${next.version})`, 'version');
      victims.set(next.id, structuredClone(next));
    },
    async listVictims(query = {}) {
      return [...victims.values()]
        .filter((victim) => query.caseIds === undefined || query.caseIds.includes(victim.caseId))
        .sort((left, right) => left.registeredAt.getTime() - right.registeredAt.getTime() || (left.id < right.id ? -1 : 1))
        .map((victim) => structuredClone(victim));
    },
    async saveDuties(next) {
      for (const duty of next) {
        const stored = duties.get(duty.id);
        if (stored && stored.status !== 'open') throw new DomainError('CONFLICT', `duty ${duty.id} is already ${stored.status}`, 'dutyIds');
      }
      for (const duty of next) duties.set(duty.id, structuredClone(duty));
    },
    async listDuties(query: VictimDutyQuery = {}) {
      return [...duties.values()]
        .filter(
          (duty) =>
            (query.caseIds === undefined || query.caseIds.includes(duty.caseId)) &&
            (query.victimId === undefined || duty.victimId === query.victimId) &&
            (query.status === undefined || duty.status === query.status),
        )
        .sort((left, right) => left.dueBy.getTime() - right.dueBy.getTime() || (left.id < right.id ? -1 : 1))
        .map((duty) => structuredClone(duty));
    },
    async addUpdate(update) {
      if (updates.some((stored) => stored.id === update.id)) throw new DomainError('CONFLICT', `update ${update.id} already exists`, 'id');
      updates.push(structuredClone(update));
    },
    async listUpdates(query) {
      return updates
        .filter((update) => (query.victimId === undefined || update.victimId === query.victimId) && (query.caseId === undefined || update.caseId === query.caseId))
        .sort((left, right) => left.at.getTime() - right.at.getTime())
        .map((update) => structuredClone(update));
    },
  };
}
