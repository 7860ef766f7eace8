/**
 * GET /api/planning/models: the policing models stored (`peel model load`), newest first, with
 * their areas and scenarios — what the planning studio's model picker offers. `active` marks the
 * model the operations routes run on (the one updated most recently).
 */
import { createModelRepository } from '@peel/db';
import type { PolicingModel } from '@peel/model';
import { z } from 'zod';
import type { RouteRegistration } from '../peel-server';

const modelSchema = z.object({
  id: z.string(),
  name: z.string(),
  force: z.string(),
  updatedAt: z.iso.datetime(),
  versionCount: z.number().int(),
  active: z.boolean().describe('The model the operations routes run on (updated most recently)'),
  areas: z.array(z.object({ id: z.string(), name: z.string(), wards: z.number().int() })),
  scenarios: z.array(z.object({ id: z.string(), name: z.string(), description: z.string().nullable() })),
});

/** Registers GET /api/planning/models. */
export const registerPlanningModels: RouteRegistration = (app) => {
  app.get(
    '/api/planning/models',
    { schema: { summary: 'Policing models stored, with their areas and scenarios', tags: ['planning'], response: { 200: z.object({ models: z.array(modelSchema) }) } } },
    async () => {
      const repository = createModelRepository(app.services.db);
      const summaries = [...(await repository.list())].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime());
      const models = [];
      for (const [index, summary] of summaries.entries()) {
        const stored = await repository.get(summary.id);
        if (!stored) continue;
        const model = stored.document as PolicingModel;
        models.push({
          id: summary.id,
          name: summary.name,
          force: model.force,
          updatedAt: summary.updatedAt.toISOString(),
          versionCount: summary.versionCount,
          active: index === 0,
          areas: model.geography.areas.map((area) => ({ id: area.id, name: area.name, wards: area.wards.length })),
          scenarios: (model.scenarios ?? []).map((scenario) => ({ id: scenario.id, name: scenario.name, description: scenario.description ?? null })),
        });
      }
      return { models };
    },
  );
};
