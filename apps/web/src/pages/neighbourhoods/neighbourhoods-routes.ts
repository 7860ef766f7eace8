/** /neighbourhoods and (later) its sub-pages. The page module is lazy-loaded into its own chunk. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** /neighbourhoods. */
export const neighbourhoodsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/neighbourhoods',
  component: lazyRouteComponent(() => import('./neighbourhoods-page'), 'NeighbourhoodsPage'),
});

/** Every route of this page, for the route tree (add children with `neighbourhoodsRoute.addChildren([...])`). */
export const neighbourhoodsRoutes = neighbourhoodsRoute;
