/**
 * Provides the API client, the session store and the query client to the app. Pages call
 * {@link useApi} and use TanStack Query with it.
 */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createContext, useContext, useMemo, useRef, type ReactNode } from 'react';
import { ApiError } from './api-error';
import { createApiClient, type ApiClient } from './client';
import { JustificationDialog } from './justification-dialog';
import type { SessionStore } from './session-store';

interface ApiContextValue {
  client: ApiClient;
  session: SessionStore;
}

const ApiContext = createContext<ApiContextValue | null>(null);

/** A query client that does not retry what cannot succeed (4xx, a declined justification). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500) && !(error instanceof ApiError && error.code === 'CANCELLED'),
        refetchOnWindowFocus: false,
        staleTime: 10_000,
      },
    },
  });
}

/** Wraps the app: the justification dialog, the API client over `session`, and TanStack Query. */
export function ApiProvider({ session, queryClient, children }: { session: SessionStore; queryClient: QueryClient; children: ReactNode }) {
  return (
    <JustificationDialog>
      {(ask) => (
        <ClientProvider session={session} ask={ask} queryClient={queryClient}>
          {children}
        </ClientProvider>
      )}
    </JustificationDialog>
  );
}

function ClientProvider({ session, ask, queryClient, children }: { session: SessionStore; ask: (what: string) => Promise<string | null>; queryClient: QueryClient; children: ReactNode }) {
  const askRef = useRef(ask);
  askRef.current = ask;
  const value = useMemo<ApiContextValue>(
    () => ({
      session,
      client: createApiClient({
        getToken: session.getToken,
        askJustification: (what) => askRef.current(what),
        onUnauthenticated: () => {
          session.setToken(null);
          queryClient.clear();
        },
      }),
    }),
    [session, queryClient],
  );
  return (
    <ApiContext.Provider value={value}>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </ApiContext.Provider>
  );
}

/** The API client. */
export function useApi(): ApiClient {
  return useApiContext().client;
}

/** The session store (token). */
export function useSessionStore(): SessionStore {
  return useApiContext().session;
}

function useApiContext(): ApiContextValue {
  const value = useContext(ApiContext);
  if (!value) throw new Error('useApi: render inside <ApiProvider>');
  return value;
}
