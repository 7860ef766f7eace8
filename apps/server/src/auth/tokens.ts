/**
 * Session tokens: JWTs (RFC 7519) signed with HMAC-SHA-256 by jose, carrying the user id, role,
 * area and token version, with a short expiry. The server re-reads the user on every request, so
 * a bumped token version, a disabled account or a changed role takes effect at once.
 */
import { DomainError, type Clock } from '@peel/domain';
import { errors, jwtVerify, SignJWT } from 'jose';
import type { Role } from '../authorization/roles';

const ISSUER = 'peel';
const AUDIENCE = 'peel-api';

/** What a valid token says. */
export interface TokenClaims {
  userId: string;
  role: Role;
  areaId: string | null;
  tokenVersion: number;
  expiresAt: Date;
}

/** Issues and checks session tokens. */
export interface TokenService {
  /** A token for the user, valid for the configured lifetime from the clock's now. */
  issue(user: { id: string; role: Role; areaId: string | null; tokenVersion: number }): Promise<{ token: string; expiresAt: Date }>;
  /** The claims of a valid token; UNAUTHENTICATED (field `Authorization`) for an expired, tampered or malformed one. */
  verify(token: string): Promise<TokenClaims>;
}

/** Creates the token service. `key` must be the same on every server instance. */
export function createTokenService(options: { key: Uint8Array; ttlSeconds: number; clock: Clock }): TokenService {
  const { key, ttlSeconds, clock } = options;
  const unauthenticated = (why: string) => new DomainError('UNAUTHENTICATED', `${why}; sign in again (POST /api/auth/login)`, 'Authorization');
  return {
    async issue(user) {
      const issuedAt = Math.floor(clock.now().getTime() / 1000);
      const expiresAt = issuedAt + ttlSeconds;
      const token = await new SignJWT({ role: user.role, area: user.areaId, tv: user.tokenVersion })
        .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
        .setSubject(user.id)
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(issuedAt)
        .setExpirationTime(expiresAt)
        .setJti(crypto.randomUUID())
        .sign(key);
      return { token, expiresAt: new Date(expiresAt * 1000) };
    },
    async verify(token) {
      let payload;
      try {
        ({ payload } = await jwtVerify(token, key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'], currentDate: clock.now(), requiredClaims: ['sub', 'exp', 'iat'] }));
      } catch (error) {
        if (error instanceof errors.JWTExpired) throw unauthenticated('the session token has expired');
        if (error instanceof errors.JOSEError) throw unauthenticated('the session token is not valid');
        throw error;
      }
      const { sub, role, area, tv, exp } = payload as { sub?: unknown; role?: unknown; area?: unknown; tv?: unknown; exp?: unknown };
      if (typeof sub !== 'string' || typeof role !== 'string' || !(area === null || typeof area === 'string') || typeof tv !== 'number' || typeof exp !== 'number') {
        throw unauthenticated('the session token is not valid');
      }
      return { userId: sub, role: role as Role, areaId: area, tokenVersion: tv, expiresAt: new Date(exp * 1000) };
    },
  };
}
