/**
 * The route tree (TanStack Router, code-based). Each page folder exports its routes from
 * `<page>-routes.ts`, whose components are lazy-loaded; this file only assembles them.
 */
import { createRoute, createRouter, redirect } from '@tanstack/react-router';
import type { SessionStore } from './api/session-store';
import { casesRoutes } from './pages/cases/cases-routes';
import { controlRoomRoutes } from './pages/control-room/control-room-routes';
import { dashboardRoutes } from './pages/dashboard/dashboard-routes';
import { neighbourhoodsRoutes } from './pages/neighbourhoods/neighbourhoods-routes';
import { planningRoutes } from './pages/planning/planning-routes';
import { loginRoute } from './routes/login-route';
import { rootRoute } from './routes/root-route';
import { shellRoute } from './routes/shell-route';

/** `/` opens the control room (the page most users work in). */
const indexRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/control-room' });
  },
});

const routeTree = rootRoute.addChildren([loginRoute, shellRoute.addChildren([indexRoute, planningRoutes, controlRoomRoutes, casesRoutes, neighbourhoodsRoutes, dashboardRoutes])]);

/** The app's router over `session`. */
export function createAppRouter(session: SessionStore) {
  return createRouter({ routeTree, context: { session }, defaultPreload: 'intent', scrollRestoration: true, notFoundMode: 'root' });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
