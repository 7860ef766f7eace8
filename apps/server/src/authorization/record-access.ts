/**
 * Scope and restriction checks for records, for the resource routes: one call before returning a
 * record (`assertRecordAccess`), one filter for list queries (`listScope`). The rules:
 * a restricted record (public protection, vulnerable victims) exists only for users with
 * restricted access; then the caller's scope on this route (policy table) must reach it.
 */
import type { FastifyRequest } from 'fastify';
import { AccessDeniedError } from './access-denied-error';
import { callerOf } from './caller';
import type { Principal } from './principal';
import type { Scope } from './route-policy';

/** What a scope check needs to know about a record. */
export interface AccessControlledRecord {
  entityType: string;
  entityId: string;
  /** The policing-model area the record belongs to; null when unplaced (force-wide users only). */
  areaId: string | null;
  /** Users who own the record for `own` scope (a case's owner, the officers assigned, the user themself). */
  ownerIds?: readonly string[];
  /** Public protection or a vulnerable victim: only users with restricted access. */
  restricted?: boolean;
}

/** The outcome of a check: allowed, or why not and whether to hide the record's existence. */
export type AccessDecision = { allowed: true } | { allowed: false; hidden: boolean; reason: string };

/** Decides whether `principal`, reaching as far as `scope`, may see `record`. Pure. */
export function decideRecordAccess(principal: Principal, scope: Scope, record: Omit<AccessControlledRecord, 'entityType' | 'entityId'>): AccessDecision {
  if (record.restricted && !principal.restrictedAccess) return { allowed: false, hidden: true, reason: 'restricted record; the user has no restricted access' };
  if (scope === 'force') return { allowed: true };
  if (scope === 'own') {
    return record.ownerIds?.includes(principal.id) ? { allowed: true } : { allowed: false, hidden: false, reason: 'the record is not one of the user\'s own' };
  }
  if (principal.areaId === null || record.areaId === principal.areaId) return { allowed: true };
  return {
    allowed: false,
    hidden: false,
    reason: record.areaId === null ? `the record has no area; the user's scope is area ${principal.areaId}` : `the record is in area ${record.areaId}; the user's scope is area ${principal.areaId}`,
  };
}

/**
 * Throws unless the caller may see `record` on this route: NOT_FOUND for a restricted record
 * without restricted access, FORBIDDEN outside the caller's scope. The error handler logs the
 * refusal in the audit log.
 */
export function assertRecordAccess(request: FastifyRequest, record: AccessControlledRecord): void {
  const { principal, scope } = callerOf(request);
  const decision = decideRecordAccess(principal, scope, record);
  if (!decision.allowed) throw new AccessDeniedError({ entityType: record.entityType, entityId: record.entityId, reason: decision.reason }, { hidden: decision.hidden });
}

/** True when the caller may see `record`: for filtering a list that a query could not filter. */
export function isRecordVisible(request: FastifyRequest, record: Omit<AccessControlledRecord, 'entityType' | 'entityId'>): boolean {
  const { principal, scope } = callerOf(request);
  return decideRecordAccess(principal, scope, record).allowed;
}

/** The filter a list query applies for the caller (undefined: no restriction on that column). */
export interface ListScope {
  /** Only records of this area. */
  areaId?: string;
  /** Only records this user owns. */
  ownerId?: string;
  /** Whether restricted records may be listed at all. */
  includeRestricted: boolean;
}

/** The list filter for the caller on this route. */
export function listScope(request: FastifyRequest): ListScope {
  const { principal, scope } = callerOf(request);
  const includeRestricted = principal.restrictedAccess;
  if (scope === 'own') return { ownerId: principal.id, includeRestricted };
  if (scope === 'area' && principal.areaId !== null) return { areaId: principal.areaId, includeRestricted };
  return { includeRestricted };
}
