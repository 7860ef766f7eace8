/**
 * Every error leaves the server as `{ "error": { "code", "message", "field"? } }` with the status
 * from the one table. Refusals (AccessDeniedError) are appended to the audit log as
 * `access-denied` first; Peel's own faults are logged with their stack and answered with a bare
 * INTERNAL.
 */
import type { FastifyInstance } from 'fastify';
import { AccessDeniedError } from '../authorization/access-denied-error';
import { errorBody } from './error-body';
import { toApiError } from './to-api-error';

/** Installs the error and not-found handlers. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => {
    if (error instanceof AccessDeniedError && request.principal) {
      try {
        await app.services.audit.record(app.services.db, {
          actor: request.principal.id,
          action: 'access-denied',
          entityType: error.denial.entityType,
          entityId: error.denial.entityId,
          details: { reason: error.denial.reason, route: request.routeOptions.config.routeId, ip: request.ip },
        });
      } catch (auditError) {
        // The refusal stands; the failure to log it is a fault to investigate, not to hide.
        request.log.error({ err: auditError }, 'could not record an access-denied entry in the audit log');
        return reply.code(500).send(errorBody('INTERNAL', 'internal error'));
      }
    }
    const { status, body, isServerFault } = toApiError(error);
    if (isServerFault) request.log.error({ err: error }, 'request failed');
    else request.log.debug({ err: error, code: body.error.code }, 'request refused');
    return reply.code(status).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    return reply.code(404).send(errorBody('NOT_FOUND', `no route ${request.method} ${path}`));
  });
}
