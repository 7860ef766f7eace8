/** The planning studio's routes (issue 8): models, geography, demand, hotspots, the plan and its overrides, cover, simulations, comparison. Policies in ../../authorization/policy-table.ts. */
import type { RouteRegistration } from '../peel-server';
import { closePlanningCache } from './planning-cache';
import { registerPlanningCompare } from './planning-compare';
import { registerPlanningCover } from './planning-cover';
import { registerPlanningDemand } from './planning-demand';
import { registerPlanningGeography } from './planning-geography';
import { registerPlanningHotspots } from './planning-hotspots';
import { registerPlanningModels } from './planning-models';
import { registerPlanningOverrides } from './planning-overrides';
import { registerPlanningPlan } from './planning-plan';
import { registerPlanningSimulations } from './planning-simulations';

/** Closes the planning routes' HiGHS solver with the server. */
const registerPlanningShutdown: RouteRegistration = (app) => {
  app.addHook('onClose', async () => closePlanningCache(app));
};

/** Every planning route registration. */
export const PLANNING_ROUTES: readonly RouteRegistration[] = [
  registerPlanningModels,
  registerPlanningGeography,
  registerPlanningDemand,
  registerPlanningHotspots,
  registerPlanningPlan,
  registerPlanningCover,
  registerPlanningOverrides,
  registerPlanningSimulations,
  registerPlanningCompare,
  registerPlanningShutdown,
];
