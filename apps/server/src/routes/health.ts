/** GET /health: liveness and the database's reachability, for load balancers and `peel serve` checks. */
import { pingDatabase } from '@peel/db';
import { z } from 'zod';
import { HttpError } from '../errors/http-error';
import type { RouteRegistration } from './peel-server';

/** Registers GET /health. */
export const registerHealth: RouteRegistration = (app) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Health',
        description: '200 when the server and its database answer; 503 UNAVAILABLE when the database does not.',
        tags: ['server'],
        response: { 200: z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }) },
      },
    },
    async (request) => {
      const { database } = app.services;
      try {
        await pingDatabase(database.db);
      } catch (error) {
        request.log.error({ err: error }, 'health: the database does not answer');
        throw new HttpError('UNAVAILABLE', 'the database does not answer');
      }
      return { status: 'ok' as const, database: database.kind };
    },
  );
};
