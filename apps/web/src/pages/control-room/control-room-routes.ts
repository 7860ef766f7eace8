/** /control-room and (later) its sub-pages. The page module is lazy-loaded into its own chunk. */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** /control-room. */
export const controlRoomRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/control-room',
  component: lazyRouteComponent(() => import('./control-room-page'), 'ControlRoomPage'),
});

/** Every route of this page, for the route tree (add children with `controlRoomRoute.addChildren([...])`). */
export const controlRoomRoutes = controlRoomRoute;
