/**
 * Signing in and session tokens on the configured backend: a good login, the one failure answer
 * for a wrong password, an unknown user and a disabled account, expiry, tampering, revocation,
 * and the login rate limit per username and client address.
 */
import { createAuditRepository, createUserRepository } from '@peel/db';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../testing';

/** The stored hashes login verified against, in order (the real verification still runs). */
const verified: string[] = [];
vi.mock('../auth/password', async (importOriginal) => {
  const original = await importOriginal<typeof import('../auth/password')>();
  return {
    ...original,
    verifyPassword: (hash: string, password: string) => {
      verified.push(hash);
      return original.verifyPassword(hash, password);
    },
  };
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ env: { PEEL_LOGIN_RATE_LIMIT_MAX: '3', PEEL_TOKEN_TTL_MINUTES: '15' } });
});
afterAll(async () => {
  await server?.close();
});

/** Login from a given client address (inject's remoteAddress), so tests do not share a rate-limit key. */
const login = (username: string, password: string, remoteAddress = '10.0.0.1') =>
  server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password }, remoteAddress });

const me = (token: string) => server.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });

describe('POST /api/auth/login', () => {
  it('returns { token }, a JWT that opens GET /api/me as that user, and audits the login', async () => {
    const response = await login('controller', TEST_PASSWORD, '10.0.1.1');
    expect(response.statusCode).toBe(200);
    const body = response.json() as { token: string };
    expect(Object.keys(body)).toEqual(['token']);
    expect(body.token.split('.')).toHaveLength(3);
    const claims = JSON.parse(Buffer.from(body.token.split('.')[1] ?? '', 'base64url').toString()) as Record<string, unknown>;
    expect(claims).toMatchObject({ sub: server.users.controller.user.id, role: 'controller', area: 'north', tv: 1, iss: 'peel', aud: 'peel-api' });
    expect((claims.exp as number) - (claims.iat as number)).toBe(15 * 60);
    const who = await me(body.token);
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ username: 'controller', role: 'controller', areaId: 'north' });
    const head = await createAuditRepository(server.database.db).head();
    expect(head).toMatchObject({ action: 'login', actor: server.users.controller.user.id, entityId: server.users.controller.user.id, details: { ip: '10.0.1.1' } });
  });

  it('usernames are case-insensitive', async () => {
    expect((await login('  Controller ', TEST_PASSWORD, '10.0.1.2')).statusCode).toBe(200);
  });

  it('a wrong password, an unknown user and a disabled account get the same 401 answer, each audited with its reason', async () => {
    const disabled = await server.addUser({ username: 'leaver', role: 'pcso' });
    await createUserRepository(server.database.db).setDisabled(disabled.user.id, true);
    const answers = await Promise.all([login('controller', 'not the password at all', '10.0.2.1'), login('nobody-by-this-name', TEST_PASSWORD, '10.0.2.2'), login('leaver', TEST_PASSWORD, '10.0.2.3')]);
    for (const answer of answers) {
      expect(answer.statusCode).toBe(401);
      expect(answer.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'username or password is incorrect' } });
    }
    const failures = (await createAuditRepository(server.database.db).list()).filter((entry) => entry.action === 'login-failed');
    expect(failures.map((entry) => (entry.details as { reason: string }).reason).sort()).toEqual(['account disabled', 'unknown username', 'wrong password']);
    expect(failures.every((entry) => entry.actor === 'anonymous')).toBe(true);
  });

  // No username oracle: an unknown user is verified against the server's dummy argon2 hash, so it
  // costs the same work as a wrong password. Checked by what is verified, not by a stopwatch.
  it('an unknown user costs one argon2 verification, like a wrong password (against the dummy hash)', async () => {
    verified.length = 0;
    await login('investigator', 'definitely wrong password', '10.0.3.1');
    await login('no-such-user', 'definitely wrong password', '10.0.3.2');
    expect(verified).toEqual([server.users.investigator.user.passwordHash, server.app.services.dummyPasswordHash]);
    expect(server.app.services.dummyPasswordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(server.users.investigator.user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('limits attempts per username and client address (PEEL_LOGIN_RATE_LIMIT_MAX=3): the 4th is 429 RATE_LIMITED with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await login('supervisor', 'wrong password here', '10.0.5.1')).statusCode);
    expect(statuses).toEqual([401, 401, 401, 429]);
    const limited = await login('supervisor', TEST_PASSWORD, '10.0.5.1');
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.stringMatching(/^too many attempts; try again in /) } });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The key is username + address: the same user from another address, and another user from
    // the same address, are not held back.
    expect((await login('supervisor', TEST_PASSWORD, '10.0.5.2')).statusCode).toBe(200);
    expect((await login('analyst', TEST_PASSWORD, '10.0.5.1')).statusCode).toBe(200);
  });
});

describe('session tokens', () => {
  it('expire: valid until the expiry, 401 after it', async () => {
    const { token } = (await login('pcso', TEST_PASSWORD, '10.0.6.1')).json() as { token: string };
    server.clock.advanceMinutes(14);
    expect((await me(token)).statusCode).toBe(200);
    server.clock.advanceMinutes(2);
    const expired = await me(token);
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'the session token has expired; sign in again (POST /api/auth/login)', field: 'Authorization' } });
    server.clock.advanceMinutes(-16);
  });

  it('a token with a changed payload or signature is refused', async () => {
    const { token } = (await login('response-officer', TEST_PASSWORD, '10.0.7.1')).json() as { token: string };
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<string, unknown>;
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'admin', area: null })).toString('base64url');
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`;
    const unsigned = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    for (const forged of [`${header}.${promoted}.${signature}`, `${header}.${payload}.${flipped}`, unsigned, 'not-a-token']) {
      const response = await me(forged);
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', field: 'Authorization' } });
    }
  });

  it('a token signed with another secret is refused', async () => {
    const other = await startTokenFromOtherSecret();
    expect((await me(other)).statusCode).toBe(401);
  });

  it('revoking (token version bump) ends every earlier token at once; a fresh login works', async () => {
    const officer = await server.addUser({ username: 'revoked-officer', role: 'response-officer' });
    expect((await me(officer.token)).statusCode).toBe(200);
    const revoke = await server.app.inject({ method: 'POST', url: `/api/users/${officer.user.id}/revoke-tokens`, headers: server.users.admin.headers });
    expect(revoke.json()).toEqual({ tokenVersion: 2 });
    expect((await me(officer.token)).json()).toMatchObject({ error: { code: 'UNAUTHENTICATED', message: expect.stringContaining('revoked') } });
    const { token } = (await login('revoked-officer', TEST_PASSWORD, '10.0.8.1')).json() as { token: string };
    expect((await me(token)).statusCode).toBe(200);
  });

  it('POST /api/auth/refresh issues a new token with a new expiry', async () => {
    const { token } = (await login('call-handler', TEST_PASSWORD, '10.0.9.1')).json() as { token: string };
    server.clock.advanceMinutes(10);
    const refreshed = await server.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: { authorization: `Bearer ${token}` } });
    expect(refreshed.statusCode).toBe(200);
    const next = (refreshed.json() as { token: string }).token;
    server.clock.advanceMinutes(10);
    expect((await me(token)).statusCode).toBe(401);
    expect((await me(next)).statusCode).toBe(200);
    server.clock.advanceMinutes(-20);
  });

  it('Authorization must be a Bearer token', async () => {
    const response = await server.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(response.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: 'Authorization must be "Bearer <token>"', field: 'Authorization' } });
  });
});

/** A well-formed token for a real user, signed with a secret the server does not know. */
async function startTokenFromOtherSecret(): Promise<string> {
  const { createTokenService } = await import('../auth/tokens');
  const tokens = createTokenService({ key: new TextEncoder().encode('another-secret-of-at-least-32-characters'), ttlSeconds: 900, clock: server.clock });
  return (await tokens.issue(server.users.admin.user)).token;
}
