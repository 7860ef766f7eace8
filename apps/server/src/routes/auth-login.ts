/**
 * POST /api/auth/login: a username and password for a session token. Rate-limited per username
 * and client address (PEEL_LOGIN_RATE_LIMIT_*), counting every attempt. Every failure — unknown
 * user, wrong password, disabled account — gets the same 401 and costs the same argon2 work (an
 * unknown user is verified against a dummy hash), so neither the answer nor its timing says
 * which usernames exist. Successes and failures are both audited.
 */
import { DomainError } from '@peel/domain';
import { z } from 'zod';
import { verifyPassword } from '../auth/password';
import { PASSWORD_MAX_LENGTH } from '../auth/new-user';
import type { RouteRegistration } from './peel-server';

const body = z.object({
  username: z.string().trim().toLowerCase().min(1, 'expected a username').max(64),
  password: z.string().min(1, 'expected a password').max(PASSWORD_MAX_LENGTH),
});

/** Registers POST /api/auth/login. */
export const registerLogin: RouteRegistration = (app) => {
  const { loginRateLimit } = app.services.config.server;
  app.post(
    '/api/auth/login',
    {
      schema: {
        summary: 'Sign in',
        description: `Returns a session token to send as \`Authorization: Bearer <token>\`. At most ${loginRateLimit.max} attempts per username and client address every ${loginRateLimit.windowSeconds / 60} minutes (429 RATE_LIMITED with Retry-After).`,
        tags: ['auth'],
        body,
        response: { 200: z.object({ token: z.string().describe('a JWT (HS256) with the user id, role, area and token version; short-lived') }) },
      },
      config: {
        rateLimit: {
          max: loginRateLimit.max,
          timeWindow: loginRateLimit.windowSeconds * 1000,
          // After validation, so the key can use the username from the body.
          hook: 'preHandler',
          keyGenerator: (request) => `login|${request.ip}|${(request.body as z.infer<typeof body>).username}`,
        },
      },
    },
    async (request) => {
      const { users, audit, db, tokens, dummyPasswordHash } = app.services;
      const { username, password } = request.body;
      const user = await users.findByUsername(username);
      const matches = await verifyPassword(user?.passwordHash ?? dummyPasswordHash, password);
      if (!user || !matches || user.disabled) {
        const reason = !user ? 'unknown username' : !matches ? 'wrong password' : 'account disabled';
        await audit.record(db, { actor: 'anonymous', action: 'login-failed', entityType: 'user', entityId: user?.id ?? null, details: { username, reason, ip: request.ip } });
        throw new DomainError('UNAUTHENTICATED', 'username or password is incorrect');
      }
      await audit.record(db, { actor: user.id, action: 'login', entityType: 'user', entityId: user.id, details: { ip: request.ip } });
      const { token } = await tokens.issue(user);
      return { token };
    },
  );
};
