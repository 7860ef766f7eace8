/** The signed-in caller of a non-public route, as the authorization hook left it on the request. */
import type { FastifyRequest } from 'fastify';
import type { Principal } from './principal';
import type { Scope } from './route-policy';

/** The caller and their scope on this route; throws (a bug, 500) on a public route. */
export function callerOf(request: FastifyRequest): { principal: Principal; scope: Scope } {
  if (!request.principal || !request.scope) {
    throw new Error(`${request.routeOptions.config.routeId ?? request.url} asked for the caller, but it is a public route`);
  }
  return { principal: request.principal, scope: request.scope };
}
