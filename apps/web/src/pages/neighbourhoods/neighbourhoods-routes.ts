/**
 * /neighbourhoods: problem profiles, tasks past their SLA, top issues per ward, and one problem
 * open (`?problem=<id>`). The page module is lazy-loaded into its own chunk.
 */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** The page's search parameters. */
export interface NeighbourhoodsSearch {
  /** The problem shown. */
  problem?: string;
}

/** /neighbourhoods. */
export const neighbourhoodsRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/neighbourhoods',
  validateSearch: (search: Record<string, unknown>): NeighbourhoodsSearch => (typeof search.problem === 'string' && search.problem.length > 0 ? { problem: search.problem } : {}),
  component: lazyRouteComponent(() => import('./neighbourhoods-page'), 'NeighbourhoodsPage'),
});

/** Every route of this page, for the route tree. */
export const neighbourhoodsRoutes = neighbourhoodsRoute;
