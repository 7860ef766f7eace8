/** The root of the route tree: what every route's context holds. */
import { createRootRouteWithContext, Outlet } from '@tanstack/react-router';
import type { SessionStore } from '../api/session-store';
import { NotFoundPage } from '../layout/not-found-page';

/** Router context: the session store, so routes can send signed-out users to the login page. */
export interface RouterContext {
  session: SessionStore;
}

/** The root route. */
export const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});
