/**
 * Where the session token lives: memory, mirrored to sessionStorage so a reload keeps the user
 * signed in but closing the tab ends the session (nothing in localStorage or cookies).
 */

/** The token holder the API client and React share. */
export interface SessionStore {
  getToken(): string | null;
  setToken(token: string | null): void;
  /** Calls `listener` after every change; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** The key in sessionStorage. */
export const SESSION_STORAGE_KEY = 'peel.session-token';

/** A store over `storage` (sessionStorage in the browser; undefined: memory only). */
export function createSessionStore(storage?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): SessionStore {
  let token = storage?.getItem(SESSION_STORAGE_KEY) ?? null;
  const listeners = new Set<() => void>();
  return {
    getToken: () => token,
    setToken(next) {
      if (next === token) return;
      token = next;
      if (next === null) storage?.removeItem(SESSION_STORAGE_KEY);
      else storage?.setItem(SESSION_STORAGE_KEY, next);
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
