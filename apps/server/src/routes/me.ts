/** GET /api/me: who the token belongs to, as the server sees them now. */
import { z } from 'zod';
import { ROLES } from '../authorization/roles';
import { callerOf } from '../authorization/caller';
import type { RouteRegistration } from './peel-server';

/** Registers GET /api/me. */
export const registerMe: RouteRegistration = (app) => {
  app.get(
    '/api/me',
    {
      schema: {
        summary: 'The signed-in user',
        tags: ['auth'],
        response: {
          200: z.object({
            id: z.string(),
            username: z.string(),
            role: z.enum(ROLES),
            areaId: z.string().nullable(),
            restrictedAccess: z.boolean(),
            sessionExpiresAt: z.string().describe('ISO 8601'),
          }),
        },
      },
    },
    async (request) => {
      const { principal } = callerOf(request);
      return { ...principal, sessionExpiresAt: principal.sessionExpiresAt.toISOString() };
    },
  );
};
