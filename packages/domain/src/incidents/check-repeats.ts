/**
 * The THRIVE+ repeat checks (NSIR 2011 names identifying repeat victims and repeat locations as a
 * purpose of incident recording): how many earlier incidents involved the same caller or victim,
 * and how many happened near the same place, within the settings' windows.
 */
import type { Incident } from './incident';
import type { IncidentSettings } from './incident-settings';
import { personKeys } from './personal-data';
import type { IncidentHistory, PastIncident } from './ports/incident-history';
import type { RepeatCheck } from './thrive';

const DAY_MS = 86_400_000;

/** Both repeat checks for `incident` as at `now`. */
export async function checkRepeats(params: {
  history: IncidentHistory;
  incident: Incident;
  settings: IncidentSettings;
  now: Date;
}): Promise<{ repeatVictim: RepeatCheck; repeatLocation: RepeatCheck }> {
  const { history, incident, settings, now } = params;
  const victimSettings = settings.repeatVictim;
  const keys = personKeys([incident.caller, incident.victim]);
  // An anonymous report has no key to match on: it is no repeat (rather than matching everything).
  const byPerson =
    keys.phones.length === 0 && keys.names.length === 0
      ? []
      : await history.findByPerson({ ...keys, since: new Date(now.getTime() - victimSettings.lookbackDays * DAY_MS), until: now, excludeIncidentId: incident.id });
  const locationSettings = settings.repeatLocation;
  const near = await history.findNear({
    lat: incident.location.lat,
    lon: incident.location.lon,
    radiusMetres: locationSettings.radiusMetres,
    since: new Date(now.getTime() - locationSettings.lookbackDays * DAY_MS),
    until: now,
    excludeIncidentId: incident.id,
  });
  return {
    repeatVictim: summarise(byPerson, incident.id, victimSettings.minimumPrevious, victimSettings.lookbackDays, null),
    repeatLocation: summarise(near, incident.id, locationSettings.minimumPrevious, locationSettings.lookbackDays, locationSettings.radiusMetres),
  };
}

function summarise(found: readonly PastIncident[], selfId: string, minimumPrevious: number, lookbackDays: number, radiusMetres: number | null): RepeatCheck {
  // Defensive: the port excludes the incident itself, but a repeat flag must never rest on it.
  const previous = [...new Map(found.filter((past) => past.id !== selfId).map((past) => [past.id, past])).values()].sort(
    (a, b) => b.createdAt.getTime() - a.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  return {
    isRepeat: previous.length >= minimumPrevious,
    previousCount: previous.length,
    minimumPrevious,
    lookbackDays,
    radiusMetres,
    incidentIds: previous.map((past) => past.id),
  };
}
