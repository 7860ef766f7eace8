/** Entry point: the session store, the API and query clients, and the router. */
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider, createQueryClient } from './api/api-context';
import { createSessionStore } from './api/session-store';
import { createAppRouter } from './router';
import './styles/app.css';

const session = createSessionStore(globalThis.sessionStorage);
const queryClient = createQueryClient();
const router = createAppRouter(session);
// Signing in or out re-runs the routes' guards (the shell's redirect to /login).
session.subscribe(() => void router.invalidate());

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <ApiProvider session={session} queryClient={queryClient}>
      <RouterProvider router={router} />
    </ApiProvider>
  </StrictMode>,
);
