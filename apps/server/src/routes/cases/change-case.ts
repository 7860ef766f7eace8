/**
 * The shape every change to a case takes: find it in the caller's scope (and at the version they
 * saw), then in one transaction run the domain use case, append the audit entry when the change
 * touches personal data, and publish the live event — so the change, its audit entry and its
 * event commit together or not at all.
 */
import { createOperationsRepositories, type OperationsRepositories } from '@peel/db';
import type { Case, Clock, IdSource } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import type { RequestAuditEntry } from '../../audit/request-audit';
import { callerOf } from '../../authorization/caller';
import type { PeelServer } from '../peel-server';
import { findCaseInScope } from './case-access';

/** What a change is given: the repositories of its transaction, the clock and the id source. */
export type CaseChangeDeps = OperationsRepositories & { clock: Clock; ids: IdSource };

/** How to run one change. */
export interface CaseChange<T extends { case: Case }> {
  caseId: string;
  expectedVersion?: number | undefined;
  /** The live event, `case.<verb>`. */
  eventType: string;
  /** Small non-personal facts for the event. */
  eventData?: (result: NoInfer<T>) => Record<string, unknown>;
  /** The s.62 entry, when the change collects or alters personal data. */
  audit?: (result: NoInfer<T>) => Omit<RequestAuditEntry, 'entityType' | 'entityId'>;
  /** Checks on other records, before the transaction (on PGlite a query outside it would wait for ever). */
  check?: (current: Case) => Promise<void>;
  /** The domain use case, as the caller (`by`). */
  run: (deps: CaseChangeDeps, by: string, current: Case) => Promise<T>;
}

/** Runs `change` as described above and returns the use case's result. */
export async function changeCase<T extends { case: Case }>(app: PeelServer, request: FastifyRequest, change: CaseChange<T>): Promise<T> {
  const { db, clock, ids, events } = app.services;
  const current = await findCaseInScope(request, createOperationsRepositories(db).cases, change.caseId, change.expectedVersion);
  const { principal } = callerOf(request);
  await change.check?.(current);
  return db.transaction(async (tx) => {
    const result = await change.run({ ...createOperationsRepositories(tx), clock, ids }, principal.id, current);
    const changed = result.case;
    if (change.audit) await request.audit.record({ ...change.audit(result), entityType: 'case', entityId: changed.id }, tx);
    const ownerIds = [...new Set([current.owner.officerId, changed.owner.officerId])];
    await events.publish(tx, { type: change.eventType, entityType: 'case', entityId: changed.id, areaId: changed.area, ownerIds, data: { version: changed.version, ...change.eventData?.(result) } });
    return result;
  });
}
