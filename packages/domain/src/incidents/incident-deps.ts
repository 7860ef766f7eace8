/** What the incident use cases are given: the active policing model and the ports. */
import type { PolicingModel } from '@peel/model';
import type { Clock } from '../shared/clock';
import type { IdSource } from '../shared/id-source';
import type { IncidentSettingsInput } from './incident-settings';
import type { IncidentHistory } from './ports/incident-history';
import type { IncidentRepository } from './ports/incident-repository';
import type { LocationResolver } from './ports/location-resolver';

/** Dependencies of the incident use cases (each takes the subset it uses). */
export interface IncidentDeps {
  /** The force's active policing model (grades, channels, demand types, routing, partners). */
  readonly model: PolicingModel;
  readonly incidents: IncidentRepository;
  readonly history: IncidentHistory;
  readonly locations: LocationResolver;
  readonly clock: Clock;
  /** Ids are drawn with prefixes `incident`, `assessment`, `grade`, `route`. */
  readonly ids: IdSource;
  /** Thresholds not held by the model; defaults in `DEFAULT_INCIDENT_SETTINGS`. */
  readonly settings?: IncidentSettingsInput;
}
