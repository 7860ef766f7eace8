/** /dashboard and (later) its sub-pages. The page module is lazy-loaded into its own chunk. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** /dashboard. */
export const dashboardRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/dashboard',
  component: lazyRouteComponent(() => import('./dashboard-page'), 'DashboardPage'),
});

/** Every route of this page, for the route tree (add children with `dashboardRoute.addChildren([...])`). */
export const dashboardRoutes = dashboardRoute;
