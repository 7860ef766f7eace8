/**
 * /cases: my cases, handoffs, Victims' Code deadlines, and one case open (`?case=<id>`). The case
 * is a search parameter so opening it keeps the lists in place. The page module is lazy-loaded.
 */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** The cases page's search parameters. */
export interface CasesSearch {
  /** The case shown. */
  case?: string;
}

/** /cases. */
export const casesRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/cases',
  validateSearch: (search: Record<string, unknown>): CasesSearch => (typeof search.case === 'string' && search.case.length > 0 ? { case: search.case } : {}),
  component: lazyRouteComponent(() => import('./cases-page'), 'CasesPage'),
});

/** Every route of this page, for the route tree. */
export const casesRoutes = casesRoute;
