import { describe, expect, it } from 'vitest';
import { createSessionStore, SESSION_STORAGE_KEY } from './session-store';

describe('createSessionStore', () => {
  it('mirrors the token to storage, restores it, and notifies on change only', () => {
    const map = new Map<string, string>();
    const storage = { getItem: (key: string) => map.get(key) ?? null, setItem: (key: string, value: string) => void map.set(key, value), removeItem: (key: string) => void map.delete(key) };
    const store = createSessionStore(storage);
    let changes = 0;
    store.subscribe(() => (changes += 1));
    store.setToken('abc');
    store.setToken('abc');
    expect(changes).toBe(1);
    expect(map.get(SESSION_STORAGE_KEY)).toBe('abc');
    expect(createSessionStore(storage).getToken()).toBe('abc');
    store.setToken(null);
    expect(map.has(SESSION_STORAGE_KEY)).toBe(false);
    expect(changes).toBe(2);
  });
});
