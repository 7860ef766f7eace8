/**
 * The API as a demo user, over fetch — what another user's browser would do — for the records a
 * browser test needs before or beside what it drives on the page (another controller's dispatch,
 * a case's victim, an incident to count).
 */
import type { Role } from '@peel/server';
import { currentPeel } from './peel-under-test';

/** Requests as one signed-in user. */
export interface ApiAs {
  /** The user's id (GET /api/me). */
  id: string;
  /** Any request: the status and the parsed body, whatever the status. */
  request<T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<{ status: number; body: T }>;
  /** GET, throwing with the status and body unless 2xx. */
  get<T>(url: string): Promise<T>;
  /** POST a JSON body, throwing with the status and body unless 2xx. */
  post<T>(url: string, body: unknown): Promise<T>;
}

/** Signs in as the demo user of `role` (username = role) on this file's Peel. */
export async function apiAs(role: Role): Promise<ApiAs> {
  const peel = currentPeel();
  const login = await fetch(`${peel.url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: role, password: peel.password }) });
  if (!login.ok) throw new Error(`signing in as ${role}: ${login.status} ${await login.text()}`);
  const { token } = (await login.json()) as { token: string };
  const request = async <T>(method: 'GET' | 'POST', url: string, body?: unknown) => {
    const response = await fetch(`${peel.url}${url}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: (await response.json()) as T };
  };
  const ok = async <T>(method: 'GET' | 'POST', url: string, body?: unknown): Promise<T> => {
    const response = await request<T>(method, url, body);
    if (response.status < 200 || response.status >= 300) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const me = await ok<{ id: string }>('GET', '/api/me');
  return { id: me.id, request, get: (url) => ok('GET', url), post: (url, body) => ok('POST', url, body) };
}
