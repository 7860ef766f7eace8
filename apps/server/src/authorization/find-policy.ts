/** Finds a route's entry in a policy table. */
import type { RoutePolicy } from './route-policy';

/** The id of a registered route: `"GET /api/incidents/:id"`; HEAD is looked up as GET. */
export function routeIdOf(method: string, url: string): string {
  return `${method === 'HEAD' ? 'GET' : method} ${url}`;
}

/**
 * The entry for `routeId`: the exact key, else the longest `…/*` key whose prefix the route's url
 * starts with (`GET /api/docs/*` covers `GET /api/docs/json` and `GET /api/docs/static/*`).
 */
export function findPolicy(table: Readonly<Record<string, RoutePolicy>>, routeId: string): { key: string; policy: RoutePolicy } | undefined {
  const exact = table[routeId];
  if (exact) return { key: routeId, policy: exact };
  let best: { key: string; policy: RoutePolicy } | undefined;
  for (const [key, policy] of Object.entries(table)) {
    if (!key.endsWith('/*')) continue;
    const prefix = key.slice(0, -1);
    if (routeId.startsWith(prefix) && (!best || key.length > best.key.length)) best = { key, policy };
  }
  return best;
}
