/**
 * /control-room: the queue, the selected incident (`?incident=<id>`) or the new-incident form
 * (`?new=1`), the unit board and the map on one page. The selection is a search parameter, not a
 * child route, so choosing an incident keeps the page in place (focus moves to the incident's
 * heading, not to the top of the page). The page module is lazy-loaded into its own chunk.
 */
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { shellRoute } from '../../routes/shell-route';

/** The control room's search parameters. */
export interface ControlRoomSearch {
  /** The incident shown in the panel. */
  incident?: string;
  /** Show the new-incident form. */
  new?: boolean;
}

/** /control-room. */
export const controlRoomRoute = createRoute({
  getParentRoute: () => shellRoute,
  path: '/control-room',
  validateSearch: (search: Record<string, unknown>): ControlRoomSearch => ({
    ...(typeof search.incident === 'string' && search.incident.length > 0 ? { incident: search.incident } : {}),
    ...(search.new === true || search.new === '1' || search.new === 1 ? { new: true } : {}),
  }),
  component: lazyRouteComponent(() => import('./control-room-page'), 'ControlRoomPage'),
});

/** Every route of this page, for the route tree. */
export const controlRoomRoutes = controlRoomRoute;
