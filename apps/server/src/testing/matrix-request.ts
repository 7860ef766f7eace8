/** Builds a request that reaches a registered route, for tests that sweep every route (the role × route matrix). */
import type { InjectOptions } from 'fastify';
import { JUSTIFICATION_HEADER } from '../audit/justification';
import type { RegisteredRoute } from '../authorization/enforce-route-policies';

/** A request for `inject`, streamed so an event stream answers as soon as its headers are out. */
export type MatrixRequest = InjectOptions & { payloadAsStream: true };

/**
 * A request for `route`: path parameters become `matrix-probe`, a trailing wildcard
 * `index.html`; bodies are `{}` (the route may answer 400 or 404 — the matrix only asks whether
 * the caller got past authorization); an `X-Justification` is sent so a consultation route does
 * not stop at that check.
 */
export function requestFor(route: RegisteredRoute, headers: Record<string, string> = {}): MatrixRequest {
  const url = route.url.replace(/:[A-Za-z0-9_]+/g, 'matrix-probe').replace(/\*$/, 'index.html');
  const hasBody = route.method === 'POST' || route.method === 'PUT' || route.method === 'PATCH';
  return {
    method: route.method as InjectOptions['method'],
    url,
    headers: { [JUSTIFICATION_HEADER]: 'role and route matrix test', ...headers },
    ...(hasBody ? { payload: {} } : {}),
    payloadAsStream: true,
  };
}
