/**
 * The frame of every signed-in page (WCAG 2.2 AA): a skip link, the banner with the force and the
 * user, the main navigation, the main landmark pages render into, and the live-connection state.
 */
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { Suspense, useEffect, useRef } from 'react';
import { useApi } from '../api/api-context';
import { LiveEventsProvider, useLiveStatus } from '../api/live-events';
import { useSession, useTokenRenewal } from '../api/session';
import type { ActiveForce } from '../api/types';
import { Loading } from '../components/ui/loading';
import { NAV_ITEMS } from './nav-items';
import { ROLE_LABELS } from './role-labels';

/** The query key of GET /api/force. */
export const FORCE_QUERY_KEY = ['force'] as const;

/** The layout component of the shell route. */
export function AppShell() {
  const api = useApi();
  const session = useSession();
  const navigate = useNavigate();
  useTokenRenewal(session.me);
  const force = useQuery({ queryKey: FORCE_QUERY_KEY, queryFn: ({ signal }) => api.get<ActiveForce>('/api/force', { signal }), staleTime: Infinity, retry: false });
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const main = useRef<HTMLElement>(null);
  const shownPath = useRef(pathname);

  // After a client-side navigation, move focus to the new page (as a full page load would), so
  // keyboard and screen-reader users start at its content. Not on the first load, where the skip
  // link must come first; comparing paths (not counting renders) keeps StrictMode's re-run inert.
  useEffect(() => {
    if (shownPath.current === pathname) return;
    shownPath.current = pathname;
    main.current?.focus();
  }, [pathname]);

  useEffect(() => {
    if (!session.isSignedIn) void navigate({ to: '/login', search: { redirect: pathname } });
  }, [session.isSignedIn, navigate, pathname]);

  return (
    <LiveEventsProvider>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="banner">
        <div className="banner-row">
          <p className="brand">
            <span className="brand-name">Peel</span>
            <span className="force-name">{force.data?.name ?? (force.isError ? 'No force model loaded' : ' ')}</span>
          </p>
          <div className="user">
            {session.me && (
              <span>
                <span className="visually-hidden">Signed in as </span>
                <strong>{session.me.username}</strong> · {ROLE_LABELS[session.me.role]}
                {session.me.areaId ? ` · ${areaName(force.data, session.me.areaId)}` : ''}
              </span>
            )}
            <button type="button" className="link-button" onClick={() => session.logout()}>
              Sign out
            </button>
          </div>
        </div>
        <nav aria-label="Main">
          <ul className="nav">
            {NAV_ITEMS.map((item) => (
              <li key={item.to}>
                <Link to={item.to} activeProps={{ 'aria-current': 'page', className: 'active' }}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Suspense fallback={<Loading what="the page" />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <LiveIndicator />
        <a href="/api/docs">API documentation</a>
      </footer>
    </LiveEventsProvider>
  );
}

function areaName(force: ActiveForce | undefined, areaId: string): string {
  return force?.areas.find((area) => area.id === areaId)?.name ?? areaId;
}

const LIVE_TEXT = { connecting: 'Connecting to live updates…', open: 'Live updates on', reconnecting: 'Live updates interrupted: reconnecting…', stopped: 'Live updates off' } as const;

function LiveIndicator() {
  const status = useLiveStatus();
  return (
    <p className={`live live-${status}`} role="status">
      {LIVE_TEXT[status]}
    </p>
  );
}
