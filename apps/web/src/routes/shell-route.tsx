/**
 * The signed-in part of the app: the header, navigation and main landmark around every page.
 * Page routes are its children (see src/pages/<page>/<page>-routes.ts). Signed-out visitors are
 * sent to /login and brought back afterwards.
 */
import { createRoute, redirect } from '@tanstack/react-router';
import { AppShell } from '../layout/app-shell';
import { rootRoute } from './root-route';

/** The layout route (no path of its own). */
export const shellRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'shell',
  beforeLoad: ({ context, location }) => {
    if (!context.session.getToken()) throw redirect({ to: '/login', search: { redirect: location.href } });
  },
  component: AppShell,
});
