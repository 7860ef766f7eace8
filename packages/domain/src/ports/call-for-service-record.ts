import type { GeoMatch } from './crime-record';
/** One call for service (a 999/101/online contact) as imported from a calls-for-service file. */
export interface CallForServiceRecord {
  /** 1-based line number in the source file (the header is line 1). */
  lineNumber: number;
  /** The call's identifier in the source system. */
  sourceCallId: string;
  /** When the call was received. */
  receivedAt: Date;
  /** The call type as written in the source, e.g. '415' or 'Domestic disturbance'. */
  callType: string;
  /** The priority as written in the source, e.g. '1', 'E', 'Emergency'. */
  priority: string;
  /** The Peel grade (1 = emergency …) the priority maps to, or null when it does not map. */
  grade: number | null;
  /** WGS 84 latitude, or null. */
  latitude: number | null;
  /** WGS 84 longitude, or null. */
  longitude: number | null;
  /** Beat or area code given by the source, or null. */
  locationCode: string | null;
  /** Peel area the call falls in, or null until assigned. */
  areaId?: string | null;
  /** ONS ward code the call falls in, or null until assigned. */
  wardCode?: string | null;
  /** The LSOA polygon the call was placed in, or null. */
  matchedLsoaCode?: string | null;
  /** How the call was placed: by code, by coordinates, or not at all; null before assignment. */
  geoMatch?: GeoMatch | null;
  /** When a unit was dispatched, or null. */
  dispatchedAt?: Date | null;
  /** When the first unit arrived, or null. */
  arrivedAt?: Date | null;
  /** When the call was cleared, or null. */
  clearedAt?: Date | null;
  /** Officer time spent on the call, in minutes, or null. */
  timeSpentMinutes?: number | null;
  /** Final disposition as written in the source, or null. */
  disposition?: string | null;
}
