/** /login: the sign-in page (eager: it is the first page most visits see). */
import { createRoute } from '@tanstack/react-router';
import { LoginPage } from '../pages/login/login-page';
import { rootRoute } from './root-route';

/** /login?redirect=<path>. */
export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => (typeof search.redirect === 'string' && search.redirect.startsWith('/') ? { redirect: search.redirect } : {}),
  component: LoginPage,
});
