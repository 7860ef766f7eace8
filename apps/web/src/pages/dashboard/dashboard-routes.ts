/** /dashboard?from&to&area&before. The page module is lazy-loaded into its own chunk. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';
import { validateDashboardSearch } from './dashboard-search';

/** /dashboard. */
export const dashboardRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/dashboard',
  validateSearch: validateDashboardSearch,
  component: lazyRouteComponent(() => import('./dashboard-page'), 'DashboardPage'),
});

/** Every route of this page. */
export const dashboardRoutes = dashboardRoute;
