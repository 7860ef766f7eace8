/**
 * No route without a policy: an `onRoute` hook looks every route up in the policy table as it is
 * registered and throws — so the server does not start — when one is missing; an `onReady` hook
 * throws when a table entry matches no route (a stale or mistyped entry). The policy is stored in
 * the route's config, where the authorization hook reads it, and the route in a registry.
 */
import type { FastifyInstance } from 'fastify';
import { findPolicy, routeIdOf } from './find-policy';
import type { RoutePolicy } from './route-policy';

/** A registered route and the policy that governs it. */
export interface RegisteredRoute {
  /** `"GET /api/users/:id"` (HEAD routes appear as `"HEAD …"` with their GET policy). */
  id: string;
  method: string;
  url: string;
  /** The table key that matched (the id itself, or a `…/*` key). */
  policyKey: string;
  policy: RoutePolicy;
  /** False for routes hidden from the OpenAPI document (the documentation's own files). */
  documented: boolean;
}

/** Where to fix a missing entry, in the error message. */
const TABLE_FILE = 'apps/server/src/authorization/policy-table.ts';

/**
 * Installs the hooks on `app` (call before registering any route or plugin) and returns the
 * registry they fill.
 */
export function enforceRoutePolicies(app: FastifyInstance, table: Readonly<Record<string, RoutePolicy>>): RegisteredRoute[] {
  const registry: RegisteredRoute[] = [];
  app.addHook('onRoute', (route) => {
    const methods = [route.method].flat();
    const matches = methods.map((method) => {
      const id = routeIdOf(method, route.url);
      const match = findPolicy(table, id);
      if (!match) throw new Error(`route ${id} has no entry in the policy table (${TABLE_FILE}): say which roles may call it before registering it`);
      return { method, id, ...match };
    });
    const [first] = matches;
    if (!first) throw new Error(`route ${route.url} has no method`);
    if (matches.some((match) => match.policy !== first.policy)) {
      throw new Error(`route ${methods.join(',')} ${route.url} serves methods with different policies: register one route per method`);
    }
    const documented = (route.schema as { hide?: boolean } | undefined)?.hide !== true;
    for (const match of matches) registry.push({ id: `${match.method} ${route.url}`, method: match.method, url: route.url, policyKey: match.key, policy: match.policy, documented });
    route.config = { ...route.config, routeId: first.id, policy: first.policy };
  });
  app.addHook('onReady', async () => {
    const used = new Set(registry.map((route) => route.policyKey));
    const stale = Object.keys(table).filter((key) => !used.has(key));
    if (stale.length > 0) throw new Error(`policy table entries match no registered route: ${stale.join(', ')} (${TABLE_FILE})`);
  });
  return registry;
}
