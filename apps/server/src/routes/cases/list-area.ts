/**
 * The area a list or figure covers, from the caller's scope on the route and the `area` they asked
 * for: an area-scoped user gets their own area (asking for another is FORBIDDEN, logged as
 * access-denied); a force-wide user gets the area asked for, or all (undefined).
 */
import type { FastifyRequest } from 'fastify';
import { AccessDeniedError } from '../../authorization/access-denied-error';
import { listScope } from '../../authorization/record-access';

/** The area to list, as above. */
export function listArea(request: FastifyRequest, requested: string | undefined): string | undefined {
  const { areaId } = listScope(request);
  if (areaId === undefined) return requested;
  if (requested !== undefined && requested !== areaId) {
    throw new AccessDeniedError({ entityType: 'area', entityId: requested, reason: `the user's scope is area ${areaId}` });
  }
  return areaId;
}
