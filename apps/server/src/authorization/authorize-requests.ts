/**
 * The one hook that applies the policy table to every request. It runs at `onRequest` — before
 * the body is read or validated — so an anonymous or refused caller gets 401/403 without the
 * server parsing anything they sent, and learns nothing about the route's schema:
 * 1. public route → nothing to check;
 * 2. no valid token → 401 UNAUTHENTICATED;
 * 3. role not in the route's entry → 403 FORBIDDEN (logged as access-denied);
 * 4. a route that consults or discloses personal data without `X-Justification` → 400 VALIDATION
 *    naming it.
 * Record-level scope (area, own, restricted) is checked by the route with `assertRecordAccess`
 * once it has the record. A `preSerialization` hook then refuses (500) to send a 2xx response of a
 * personal-data route that did not record its s.62 act.
 */
import type { FastifyInstance } from 'fastify';
import { createRequestAudit } from '../audit/request-audit';
import { readJustification } from '../audit/justification';
import { authenticate } from '../auth/authenticate';
import { AccessDeniedError } from './access-denied-error';

/** Installs the hooks; `app.services` must be decorated first. */
export function authorizeRequests(app: FastifyInstance): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('scope', null);
  app.decorateRequest('justification', null);
  app.decorateRequest('audit', null as never);

  app.addHook('onRequest', async (request) => {
    const { services } = app;
    request.audit = createRequestAudit(request, services);
    const { policy, routeId } = request.routeOptions.config;
    if (!policy || policy.public) return;
    const principal = await authenticate(request, services);
    request.principal = principal;
    const scope = policy.roles[principal.role];
    if (!scope) throw new AccessDeniedError({ entityType: 'route', entityId: routeId ?? null, reason: `role ${principal.role} may not call ${routeId}` });
    request.scope = scope;
    if (policy.personalData === 'consultation' || policy.personalData === 'disclosure') request.justification = readJustification(request.headers);
  });

  app.addHook('preSerialization', async (request, reply, payload) => {
    const { policy, routeId } = request.routeOptions.config;
    if (!policy || policy.public || !policy.personalData || reply.statusCode >= 300) return payload;
    if (!request.audit.recorded.has(policy.personalData)) {
      throw new Error(`${routeId} is a ${policy.personalData} of personal data but recorded none in the audit log (call request.audit.record): response withheld`);
    }
    return payload;
  });
}
