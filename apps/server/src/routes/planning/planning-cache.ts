/**
 * What the planning routes compute once and reuse, per server instance: a model's demand and
 * geography read from the database (seconds on PGlite), its plans (a HiGHS solve per response
 * team) and one HiGHS solver in a worker thread, closed with the server. Entries are keyed by
 * the model's content hash (a new model version is a new key) and the stored overrides, and
 * expire after {@link CACHE_TTL_MS} so crime imported while the server runs is read within
 * minutes. A failed computation is not remembered. It is a cache, not state: another instance
 * computes the same figures from the same database.
 */
import { availableParallelism } from 'node:os';
import { createHighsSolver, type HighsSolver } from '@peel/engine';
import type { PeelServer } from '../peel-server';

/** How long a computed entry is reused. */
export const CACHE_TTL_MS = 10 * 60_000;

/** Entries kept per server (the oldest goes first). */
const MAX_ENTRIES = 64;

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
}

interface PlanningCache {
  entries: Map<string, Entry>;
  solver?: Promise<HighsSolver>;
}

const caches = new WeakMap<object, PlanningCache>();

function cacheOf(app: PeelServer): PlanningCache {
  let cache = caches.get(app);
  if (!cache) {
    cache = { entries: new Map() };
    caches.set(app, cache);
  }
  return cache;
}

/** The value under `key`, computing it with `compute` when absent or expired. */
export function cached<T>(app: PeelServer, key: string, compute: () => Promise<T>): Promise<T> {
  const { entries } = cacheOf(app);
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  const value = compute();
  entries.set(key, { value, expiresAt: now + CACHE_TTL_MS });
  value.catch(() => {
    if (entries.get(key)?.value === value) entries.delete(key);
  });
  while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  return value;
}

/** The server's HiGHS solver (two solves at once at most), started on first use. */
export function planningSolver(app: PeelServer): Promise<HighsSolver> {
  const cache = cacheOf(app);
  if (!cache.solver) {
    cache.solver = createHighsSolver({ maxThreads: Math.min(2, availableParallelism()) });
    cache.solver.catch(() => (cache.solver = undefined));
  }
  return cache.solver;
}

/** Closes the solver's worker threads: registered on the server's `onClose`. */
export async function closePlanningCache(app: PeelServer): Promise<void> {
  const cache = caches.get(app);
  caches.delete(app);
  const solver = await cache?.solver?.catch(() => undefined);
  await solver?.close();
}
