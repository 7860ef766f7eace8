/** Finds the signed-in user behind a request's bearer token. */
import { DomainError } from '@peel/domain';
import type { FastifyRequest } from 'fastify';
import type { Principal } from '../authorization/principal';
import type { ServerServices } from '../server-services';

/** RFC 6750 §2.1: `Authorization: Bearer <b64token>`. */
const BEARER = /^Bearer +([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * The caller's principal: the token must be valid and unexpired, and its user must still exist,
 * be enabled and have the same token version (revocation). Role, area and restricted access are
 * read from the database, so a change applies to the next request. UNAUTHENTICATED (401, field
 * `Authorization`) otherwise, with the same message for a revoked token as for a removed user.
 */
export async function authenticate(request: FastifyRequest, services: Pick<ServerServices, 'tokens' | 'users'>): Promise<Principal> {
  const header = request.headers.authorization;
  if (header === undefined || header === '') {
    throw new DomainError('UNAUTHENTICATED', 'sign in first: send Authorization: Bearer <token> from POST /api/auth/login', 'Authorization');
  }
  const token = BEARER.exec(header)?.[1];
  if (token === undefined) throw new DomainError('UNAUTHENTICATED', 'Authorization must be "Bearer <token>"', 'Authorization');
  const claims = await services.tokens.verify(token);
  const user = await services.users.findById(claims.userId);
  if (!user || user.disabled || user.tokenVersion !== claims.tokenVersion) {
    throw new DomainError('UNAUTHENTICATED', 'the session has been revoked; sign in again (POST /api/auth/login)', 'Authorization');
  }
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    areaId: user.areaId,
    restrictedAccess: user.restrictedAccess,
    sessionExpiresAt: claims.expiresAt,
  };
}
