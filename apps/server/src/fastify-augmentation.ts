/** What Peel adds to Fastify's types: services on the instance, the caller and helpers on each request. */
import type { RequestAudit } from './audit/request-audit';
import type { Principal } from './authorization/principal';
import type { RoutePolicy, Scope } from './authorization/route-policy';
import type { RegisteredRoute } from './authorization/enforce-route-policies';
import type { ServerServices } from './server-services';

declare module 'fastify' {
  interface FastifyInstance {
    /** Database, clock, ids, audit, events, tokens, users. */
    services: ServerServices;
    /** Every route registered, with its policy (the matrix test and the OpenAPI test iterate it). */
    registeredRoutes: readonly RegisteredRoute[];
  }
  interface FastifyRequest {
    /** The signed-in caller; null on public routes. */
    principal: Principal | null;
    /** How far the caller reaches on this route (policy table); null on public routes. */
    scope: Scope | null;
    /** The `X-Justification` given, on routes that consult or disclose personal data. */
    justification: string | null;
    /** Records s.62 acts as the caller. */
    audit: RequestAudit;
  }
  interface FastifyContextConfig {
    /** `"GET /api/me"`, set at registration. */
    routeId?: string;
    /** The route's policy-table entry, set at registration. */
    policy?: RoutePolicy;
  }
}
