/** POST /api/auth/refresh: a fresh token for a caller whose token is still valid (and not revoked). */
import { z } from 'zod';
import { callerOf } from '../authorization/caller';
import type { RouteRegistration } from './peel-server';

/** Registers POST /api/auth/refresh. */
export const registerRefresh: RouteRegistration = (app) => {
  app.post(
    '/api/auth/refresh',
    {
      schema: {
        summary: 'Renew the session token',
        description: 'Issues a new token with a new expiry for the signed-in caller, with their current role, area and token version.',
        tags: ['auth'],
        response: { 200: z.object({ token: z.string() }) },
      },
    },
    async (request) => {
      const { principal } = callerOf(request);
      const user = await app.services.users.findById(principal.id);
      // authenticate() has just read this user; it can only be missing if deleted in between.
      if (!user) throw new Error(`user ${principal.id} vanished during the request`);
      const { token } = await app.services.tokens.issue(user);
      return { token };
    },
  );
};
