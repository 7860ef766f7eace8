/** The per-instance in-memory state of dispatch: the units on duty (see on-duty-unit-cache.ts). */
import { createOnDutyUnitSource } from '@peel/db';
import type { PeelServer } from '../routes/peel-server';
import { createOnDutyUnitCache, type OnDutyUnitCache } from './on-duty-unit-cache';

export { createOnDutyUnitCache, type OnDutyUnitCache } from './on-duty-unit-cache';

const caches = new WeakMap<object, OnDutyUnitCache>();

/** The units-on-duty cache of server `app`, created (empty) on first use over its database. */
export function onDutyUnitCache(app: PeelServer): OnDutyUnitCache {
  let cache = caches.get(app);
  if (!cache) {
    cache = createOnDutyUnitCache(createOnDutyUnitSource(app.services.db));
    caches.set(app, cache);
  }
  return cache;
}
