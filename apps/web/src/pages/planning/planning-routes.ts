/** /planning and (later) its sub-pages. The page module is lazy-loaded into its own chunk. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** /planning. */
export const planningRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/planning',
  component: lazyRouteComponent(() => import('./planning-page'), 'PlanningPage'),
});

/** Every route of this page, for the route tree (add children with `planningRoute.addChildren([...])`). */
export const planningRoutes = planningRoute;
