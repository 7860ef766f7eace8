/**
 * GET /api/force: the force whose policing model the operations routes run on (the model stored
 * most recently), with its areas — what the web app's header and area names need. 503
 * UNAVAILABLE until a model is stored.
 */
import { z } from 'zod';
import { operationsSetup } from './operations';
import type { RouteRegistration } from './peel-server';

/** Registers GET /api/force. */
export const registerActiveForce: RouteRegistration = (app) => {
  app.get(
    '/api/force',
    {
      schema: {
        summary: 'The active force',
        description: 'The force of the most recently stored policing model: its id, name and areas. 503 UNAVAILABLE until a model is loaded.',
        tags: ['server'],
        response: { 200: z.object({ id: z.string(), name: z.string(), areas: z.array(z.object({ id: z.string(), name: z.string() })) }) },
      },
    },
    async () => {
      const { model } = await operationsSetup(app);
      return { id: model.id, name: model.force, areas: model.geography.areas.map((area) => ({ id: area.id, name: area.name })) };
    },
  );
};
