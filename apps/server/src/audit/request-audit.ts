/**
 * `request.audit`: records what a route did to personal data as the signed-in caller, with the
 * justification the caller gave, and remembers what it recorded so the server can refuse to send
 * personal data that was not logged.
 */
import type { AuditAction, AuditEntry, Database } from '@peel/db';
import { DomainError } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import { JUSTIFICATION_HEADER } from './justification';
import type { AuditService } from './audit-service';

/** An entry as a route describes it; who, when, why and the route are filled in. */
export interface RequestAuditEntry {
  action: Exclude<AuditAction, 'login' | 'login-failed' | 'access-denied'>;
  entityType: string;
  entityId?: string | null;
  /** For a disclosure: to whom. */
  recipients?: readonly string[];
  /** Which fields, how many records… never the personal data itself. */
  details?: Record<string, unknown>;
}

/** The per-request audit helper. */
export interface RequestAudit {
  /**
   * Appends an entry as the caller. Pass the route's transaction as `db` when the entry records a
   * change made in it; without one it uses the server's database. Consultations and disclosures
   * carry the request's `X-Justification` (VALIDATION naming it when the request has none).
   */
  record(entry: RequestAuditEntry, db?: Database): Promise<AuditEntry>;
  /** The actions recorded so far in this request. */
  readonly recorded: ReadonlySet<AuditAction>;
}

/** Creates the helper for one request. */
export function createRequestAudit(request: FastifyRequest, deps: { audit: AuditService; db: Database }): RequestAudit {
  const recorded = new Set<AuditAction>();
  return {
    recorded,
    async record(entry, db = deps.db) {
      const needsWhy = entry.action === 'consultation' || entry.action === 'disclosure';
      if (needsWhy && !request.justification) {
        throw new DomainError('VALIDATION', `${JUSTIFICATION_HEADER}: a ${entry.action} of personal data needs the header with the reason (DPA 2018 s.62)`, JUSTIFICATION_HEADER);
      }
      const written = await deps.audit.record(db, {
        actor: request.principal?.id ?? 'anonymous',
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        justification: needsWhy ? request.justification : null,
        recipients: entry.recipients ?? null,
        details: { ...entry.details, route: request.routeOptions.config.routeId, ip: request.ip },
      });
      recorded.add(entry.action);
      return written;
    },
  };
}
