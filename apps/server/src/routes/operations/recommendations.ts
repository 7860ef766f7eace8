/**
 * GET /api/incidents/:id/recommendations: the units to send, best first, each with its reasons and
 * the Grade 1 coverage cost of sending it (when the areas' centroids are known). The incident's
 * dispatch facts are one statement; the units on duty come from the instance's cache, which one
 * statement keeps exactly as fresh as the database (../../dispatch-cache), and both are read at once.
 */
import { coverageAreasFromModel, coverRequirementsFromModel, recommendUnits } from '@peel/domain';
import { onDutyUnitCache } from '../../dispatch-cache';
import type { RouteRegistration } from '../peel-server';
import { findDispatchIncidentInScope } from './dispatch-view';
import { operationsSetup } from './operations-setup';
import { idParams, recommendationsSchema, toJson } from './operations-schemas';

/** Registers GET /api/incidents/:id/recommendations. */
export const registerRecommendations: RouteRegistration = (app) => {
  app.get(
    '/api/incidents/:id/recommendations',
    {
      schema: {
        summary: 'Units to send to an incident, ranked',
        description: 'Hard filters (available, positioned, requirements), then travel minutes plus penalties; each unit with its reasons and the areas that would lose Grade 1 cover if it goes.',
        tags: ['dispatch'],
        params: idParams,
        response: { 200: recommendationsSchema },
      },
    },
    async (request) => {
      const { model, areaCentroids } = await operationsSetup(app);
      const { db, clock } = app.services;
      const [incident, units] = await Promise.all([findDispatchIncidentInScope(request, db, model, request.params.id), onDutyUnitCache(app).units()]);
      const coverage = areaCentroids ? { areas: coverageAreasFromModel({ model, centroids: areaCentroids }), requirements: coverRequirementsFromModel(model) } : undefined;
      const result = recommendUnits({ incident, units, now: clock.now(), ...(coverage ? { coverage } : {}) });
      return { ...(toJson(result) as object), coverageAssessed: coverage !== undefined } as never;
    },
  );
};
