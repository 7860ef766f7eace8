/**
 * The signed-in user: sign in (POST /api/auth/login), who I am (GET /api/me), sign out, and the
 * token renewed (POST /api/auth/refresh) a minute before it expires so an open control room stays
 * signed in. Tokens are short-lived (15 minutes by default) and re-checked by the server on every
 * request.
 */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useApi, useSessionStore } from './api-context';
import type { Me } from './types';

/** Renew this long before the token expires. */
const REFRESH_MARGIN_MS = 60_000;

/** The query key of GET /api/me. */
export const ME_QUERY_KEY = ['me'] as const;

/** What {@link useSession} returns. */
export interface Session {
  token: string | null;
  /** The user, once GET /api/me has answered. */
  me: Me | undefined;
  isSignedIn: boolean;
  login(username: string, password: string): Promise<void>;
  logout(): void;
}

/** The session. */
export function useSession(): Session {
  const api = useApi();
  const store = useSessionStore();
  const queryClient = useQueryClient();
  const token = useSyncExternalStore(store.subscribe, store.getToken);
  const me = useQuery({ queryKey: [...ME_QUERY_KEY, token], queryFn: ({ signal }) => api.get<Me>('/api/me', { signal }), enabled: token !== null, staleTime: Infinity });

  const login = useCallback(
    async (username: string, password: string) => {
      const { token: issued } = await api.post<{ token: string }>('/api/auth/login', { username, password });
      queryClient.clear();
      store.setToken(issued);
    },
    [api, store, queryClient],
  );
  const logout = useCallback(() => {
    store.setToken(null);
    queryClient.clear();
  }, [store, queryClient]);

  return { token, me: token ? me.data : undefined, isSignedIn: token !== null, login, logout };
}

/** Renews the token shortly before it expires, for as long as the component is mounted. */
export function useTokenRenewal(me: Me | undefined): void {
  const api = useApi();
  const store = useSessionStore();
  useEffect(() => {
    if (!me) return;
    const wait = Math.max(5_000, new Date(me.sessionExpiresAt).getTime() - Date.now() - REFRESH_MARGIN_MS);
    const timer = setTimeout(() => {
      api.post<{ token: string }>('/api/auth/refresh').then(
        ({ token }) => store.setToken(token),
        // A failed renewal ends the session through the client's 401 handling; other failures
        // leave the current token to expire, and the next request says so.
        () => undefined,
      );
    }, wait);
    return () => clearTimeout(timer);
  }, [api, store, me]);
}
