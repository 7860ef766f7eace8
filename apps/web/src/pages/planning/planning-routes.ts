/**
 * /planning and its tabs — demand, plan, simulate, compare — each lazy-loaded into its own chunk.
 * /planning itself is the studio's frame (model picker and tabs); it opens the demand tab.
 */
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';
import { validatePlanningSearch } from './planning-search';

/** /planning: the frame. */
export const planningRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/planning',
  validateSearch: validatePlanningSearch,
  component: lazyRouteComponent(() => import('./planning-page'), 'PlanningPage'),
});

const indexRoute = createRoute({
  getParentRoute: () => planningRoute,
  path: '/',
  beforeLoad: ({ search }) => {
    throw redirect({ to: '/planning/demand', search });
  },
});

/** /planning/demand. */
export const demandRoute = createRoute({
  getParentRoute: () => planningRoute,
  path: 'demand',
  component: lazyRouteComponent(() => import('./demand-page'), 'DemandPage'),
});

/** /planning/plan. */
export const planRoute = createRoute({
  getParentRoute: () => planningRoute,
  path: 'plan',
  component: lazyRouteComponent(() => import('./plan-page'), 'PlanPage'),
});

/** /planning/simulate. */
export const simulateRoute = createRoute({
  getParentRoute: () => planningRoute,
  path: 'simulate',
  component: lazyRouteComponent(() => import('./simulate-page'), 'SimulatePage'),
});

/** /planning/compare. */
export const compareRoute = createRoute({
  getParentRoute: () => planningRoute,
  path: 'compare',
  component: lazyRouteComponent(() => import('./compare-page'), 'ComparePage'),
});

/** Every route of the planning studio. */
export const planningRoutes = planningRoute.addChildren([indexRoute, demandRoute, planRoute, simulateRoute, compareRoute]);
