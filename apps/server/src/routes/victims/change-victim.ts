/**
 * The shape of a change to one victim, like ../cases/change-case.ts: find the victim and their
 * case in the caller's scope — a restricted victim is NOT_FOUND to a user without restricted
 * access — at the version the caller saw, then in one transaction run the use case, append the
 * s.62 entry and publish the event.
 */
import { createOperationsRepositories } from '@peel/db';
import { isRestrictedVictim, type Case, type Victim, type VictimDependencies } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import type { RequestAuditEntry } from '../../audit/request-audit';
import { callerOf } from '../../authorization/caller';
import type { PeelServer } from '../peel-server';
import { findInScope } from '../cases/find-in-scope';
import { victimDepsFor } from './victim-deps';
import { victimRecord } from './victim-views';

/** The victim `id` and their case, checked as above. */
export async function findVictimInScope(request: FastifyRequest, db: PeelServer['services']['db'], id: string, expectedVersion?: number): Promise<{ victim: Victim; case: Case }> {
  const { cases, victims } = createOperationsRepositories(db);
  type Found = { version: number; victim: Victim; case: Case };
  const found = await findInScope<Found>(request, {
    kind: 'victim',
    id,
    expectedVersion,
    async get(victimId) {
      const victim = await victims.getVictim(victimId);
      const subject = victim ? await cases.get(victim.caseId) : undefined;
      return victim && subject ? { version: victim.version, victim, case: subject } : undefined;
    },
    record: (pair) => victimRecord(pair.victim, pair.case),
  });
  return { victim: found.victim, case: found.case };
}

/** How to run one change to a victim. */
export interface VictimChange<T> {
  victimId: string;
  expectedVersion?: number | undefined;
  /** The live event, `victim.<verb>`. */
  eventType: string;
  /** The s.62 entry: every change to a victim collects or alters personal data. */
  audit: (result: NoInfer<T>) => Omit<RequestAuditEntry, 'entityType' | 'entityId'>;
  run: (deps: VictimDependencies, by: string, victim: Victim) => Promise<T>;
}

/** Runs `change` as described above. */
export async function changeVictim<T>(app: PeelServer, request: FastifyRequest, change: VictimChange<T>): Promise<T> {
  const { db, clock, ids, events } = app.services;
  const toDeps = await victimDepsFor(app);
  const { victim, case: subject } = await findVictimInScope(request, db, change.victimId, change.expectedVersion);
  const { principal } = callerOf(request);
  return db.transaction(async (tx) => {
    const result = await change.run(toDeps({ ...createOperationsRepositories(tx), clock, ids }), principal.id, victim);
    await request.audit.record({ ...change.audit(result), entityType: 'victim', entityId: victim.id }, tx);
    await events.publish(tx, { type: change.eventType, entityType: 'victim', entityId: victim.id, areaId: subject.area, ownerIds: [subject.owner.officerId], restricted: isRestrictedVictim(victim), data: { caseId: subject.id } });
    return result;
  });
}
