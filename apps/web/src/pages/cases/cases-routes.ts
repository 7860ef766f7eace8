/** /cases and (later) its sub-pages. The page module is lazy-loaded into its own chunk. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** /cases. */
export const casesRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cases',
  component: lazyRouteComponent(() => import('./cases-page'), 'CasesPage'),
});

/** Every route of this page, for the route tree (add children with `casesRoute.addChildren([...])`). */
export const casesRoutes = casesRoute;
