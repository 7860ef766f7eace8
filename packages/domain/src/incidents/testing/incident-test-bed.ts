/**
 * Everything the incident use cases need, in memory, around a given policing model: a fixed clock,
 * sequential ids, an in-memory store (repository and history) and a box location resolver.
 */
import type { PolicingModel } from '@peel/model';
import { fixedClock } from '../../shared/clock';
import { sequentialIds } from '../../shared/id-source';
import type { IncidentDeps } from '../incident-deps';
import type { IncidentSettingsInput } from '../incident-settings';
import { createBoxLocationResolver, type GeographyBox } from './box-location-resolver';
import { createInMemoryIncidents, type InMemoryIncidents } from './in-memory-incidents';

/** A test bed: the dependencies plus handles on the clock and the store. */
export interface IncidentTestBed {
  readonly deps: IncidentDeps;
  readonly clock: ReturnType<typeof fixedClock>;
  readonly store: InMemoryIncidents;
}

/** A test bed over `model`, starting at `start` (default 2026-01-05T09:00:00Z, a Monday). */
export function createIncidentTestBed(params: {
  model: PolicingModel;
  boxes?: readonly GeographyBox[];
  start?: Date;
  settings?: IncidentSettingsInput;
}): IncidentTestBed {
  const clock = fixedClock(params.start ?? new Date('2026-01-05T09:00:00Z'));
  const store = createInMemoryIncidents();
  const deps: IncidentDeps = {
    model: params.model,
    incidents: store,
    history: store,
    locations: createBoxLocationResolver(params.boxes ?? []),
    clock,
    ids: sequentialIds(),
    ...(params.settings === undefined ? {} : { settings: params.settings }),
  };
  return { deps, clock, store };
}
