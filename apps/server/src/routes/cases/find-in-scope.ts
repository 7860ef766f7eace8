/**
 * Finding a record for a route, the same way for cases, victims and problems: it exists
 * (NOT_FOUND naming `id`), the caller's scope on the route reaches it (FORBIDDEN, or NOT_FOUND for
 * a restricted record the caller may not see), and, when the caller sent the version they saw, it
 * has not changed since (CONFLICT naming `expectedVersion`).
 */
import { DomainError } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import { assertRecordAccess, type AccessControlledRecord } from '../../authorization/record-access';

/** How to find one kind of record. */
export interface ScopedLookup<T extends { version: number }> {
  /** 'case', 'victim', 'problem': for the messages. */
  kind: string;
  id: string;
  expectedVersion?: number | undefined;
  get: (id: string) => Promise<T | undefined>;
  /** The access-control view of the record found. */
  record: (found: T) => AccessControlledRecord;
}

/** The record, checked as above. */
export async function findInScope<T extends { version: number }>(request: FastifyRequest, lookup: ScopedLookup<T>): Promise<T> {
  const found = await lookup.get(lookup.id);
  if (!found) throw new DomainError('NOT_FOUND', `${lookup.kind} ${lookup.id} does not exist`, 'id');
  assertRecordAccess(request, lookup.record(found));
  if (lookup.expectedVersion !== undefined && lookup.expectedVersion !== found.version) {
    throw new DomainError('CONFLICT', `${lookup.kind} ${lookup.id} is at version ${found.version}, not ${lookup.expectedVersion}: it changed since it was read`, 'expectedVersion');
  }
  return found;
}
