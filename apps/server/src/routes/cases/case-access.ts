/** Finding a case for a route, in the caller's scope: its area, or its owner for `own` scope. */
import type { Case, CaseRepository } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import type { AccessControlledRecord } from '../../authorization/record-access';
import { findInScope } from './find-in-scope';

/** The access-control view of a case: its area; its one owner owns it. */
export function caseRecord(subject: Pick<Case, 'id' | 'area' | 'owner'>): AccessControlledRecord {
  return { entityType: 'case', entityId: subject.id, areaId: subject.area, ownerIds: [subject.owner.officerId] };
}

/** The case `id` (NOT_FOUND, FORBIDDEN, or CONFLICT when it changed since `expectedVersion`). */
export function findCaseInScope(request: FastifyRequest, cases: CaseRepository, id: string, expectedVersion?: number): Promise<Case> {
  return findInScope<Case>(request, { kind: 'case', id, expectedVersion, get: (caseId) => cases.get(caseId), record: caseRecord });
}
