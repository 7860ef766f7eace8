import { describe, expect, it } from 'vitest';
import { checkRepeats } from './check-repeats';
import type { Incident } from './incident';
import { DEFAULT_INCIDENT_SETTINGS, resolveIncidentSettings } from './incident-settings';
import type { IncidentHistory, LocationHistoryQuery, PastIncident, PersonHistoryQuery } from './ports/incident-history';
import { distanceMetres } from './distance-metres';

const now = new Date('2026-06-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000);
const here = { lat: 51.5, lon: -0.1 };
// 0.0009° of latitude ≈ 100.08 m; 0.00089° ≈ 98.96 m (R·Δφ on the mean sphere).
const north = (degrees: number) => ({ lat: here.lat + degrees, lon: here.lon });

const incident = {
  id: 'incident-100',
  caller: { personalData: true, name: 'Jane Doe', phone: '07700 900123' },
  victim: null,
  location: { ...here },
} as unknown as Incident;

/** A history over fixed rows that records the queries it was asked, applying the port's rules. */
function historyOf(rows: (PastIncident & { phone?: string; name?: string })[]): IncidentHistory & { personQueries: PersonHistoryQuery[] } {
  const personQueries: PersonHistoryQuery[] = [];
  const inWindow = (row: PastIncident, query: PersonHistoryQuery | LocationHistoryQuery) => row.id !== query.excludeIncidentId && row.createdAt >= query.since && row.createdAt <= query.until;
  return {
    personQueries,
    async findByPerson(query) {
      personQueries.push(query);
      return rows.filter((row) => inWindow(row, query) && ((row.phone !== undefined && query.phones.includes(row.phone)) || (row.name !== undefined && query.names.includes(row.name))));
    },
    async findNear(query) {
      return rows.filter((row) => inWindow(row, query) && distanceMetres(row, query) <= query.radiusMetres);
    },
  };
}
const row = (id: string, createdAt: Date, point = north(1), extra: { phone?: string; name?: string } = {}): PastIncident & { phone?: string; name?: string } => ({
  id,
  createdAt,
  incidentTypeCode: 'asb-personal',
  demandTypeId: 'asb',
  ...point,
  ...extra,
});

describe('checkRepeats', () => {
  it('queries history with the normalised keys of caller and victim over the look-back window', async () => {
    const history = historyOf([]);
    await checkRepeats({ history, incident, settings: DEFAULT_INCIDENT_SETTINGS, now });
    expect(history.personQueries).toEqual([{ phones: ['07700900123'], names: ['jane doe'], since: daysAgo(365), until: now, excludeIncidentId: 'incident-100' }]);
  });

  it('a repeat victim needs minimumPrevious earlier incidents inside the window, most recent first', async () => {
    const history = historyOf([
      row('a', daysAgo(364), north(1), { phone: '07700900123' }),
      row('b', daysAgo(10), north(1), { name: 'jane doe' }),
      row('c', daysAgo(366), north(1), { phone: '07700900123' }),
    ]);
    const { repeatVictim } = await checkRepeats({ history, incident, settings: DEFAULT_INCIDENT_SETTINGS, now });
    expect(repeatVictim).toEqual({ isRepeat: true, previousCount: 2, minimumPrevious: 1, lookbackDays: 365, radiusMetres: null, incidentIds: ['b', 'a'] });
    const stricter = await checkRepeats({ history, incident, settings: resolveIncidentSettings({ repeatVictim: { minimumPrevious: 3 } }), now });
    expect(stricter.repeatVictim.isRepeat).toBe(false);
  });

  it('an anonymous caller is never a repeat victim and history is not asked', async () => {
    const history = historyOf([row('a', daysAgo(1), north(1), { phone: '07700900123' })]);
    const anonymous = { ...incident, caller: { personalData: true, name: null, phone: null } } as Incident;
    const { repeatVictim } = await checkRepeats({ history, incident: anonymous, settings: DEFAULT_INCIDENT_SETTINGS, now });
    expect(repeatVictim).toMatchObject({ isRepeat: false, previousCount: 0 });
    expect(history.personQueries).toHaveLength(0);
  });

  it('a repeat location counts incidents within the radius (99 m in, 100.1 m out) in the last 90 days; two make a repeat', async () => {
    expect(distanceMetres(here, north(0.00089))).toBeLessThan(100);
    expect(distanceMetres(here, north(0.0009))).toBeGreaterThan(100);
    const history = historyOf([row('near-1', daysAgo(5), north(0.00089)), row('far', daysAgo(5), north(0.0009)), row('old', daysAgo(91), here), row('near-2', daysAgo(89), here)]);
    const { repeatLocation } = await checkRepeats({ history, incident, settings: DEFAULT_INCIDENT_SETTINGS, now });
    expect(repeatLocation).toEqual({ isRepeat: true, previousCount: 2, minimumPrevious: 2, lookbackDays: 90, radiusMetres: 100, incidentIds: ['near-1', 'near-2'] });
  });

  it('never counts the incident itself or the same incident twice, even from a careless adapter', async () => {
    const careless: IncidentHistory = {
      async findByPerson() {
        return [row('incident-100', now), row('a', daysAgo(2)), row('a', daysAgo(2))];
      },
      async findNear() {
        return [];
      },
    };
    const { repeatVictim } = await checkRepeats({ history: careless, incident, settings: DEFAULT_INCIDENT_SETTINGS, now });
    expect(repeatVictim).toMatchObject({ previousCount: 1, incidentIds: ['a'] });
  });
});

describe('resolveIncidentSettings', () => {
  it('fills defaults and keeps overrides', () => {
    expect(resolveIncidentSettings()).toEqual(DEFAULT_INCIDENT_SETTINGS);
    expect(resolveIncidentSettings({ repeatLocation: { radiusMetres: 50 }, rightCareTags: ['rcrp'] })).toEqual({
      ...DEFAULT_INCIDENT_SETTINGS,
      repeatLocation: { ...DEFAULT_INCIDENT_SETTINGS.repeatLocation, radiusMetres: 50 },
      rightCareTags: ['rcrp'],
    });
  });

  it('throws RangeError naming a bad setting', () => {
    expect(() => resolveIncidentSettings({ repeatLocation: { radiusMetres: 0 } })).toThrow(new RangeError('repeatLocation.radiusMetres must be a finite number > 0, got 0'));
    expect(() => resolveIncidentSettings({ repeatVictim: { minimumPrevious: 1.5 } })).toThrow(/^repeatVictim\.minimumPrevious/);
    expect(() => resolveIncidentSettings({ repeatVictim: { lookbackDays: Number.POSITIVE_INFINITY } })).toThrow(/^repeatVictim\.lookbackDays/);
  });
});
