/** listWardIssueIncidents on the configured backend: the window, the area, and the issue each incident shows up as. */
import { getConfig } from '@peel/config';
import { rankWardIssues } from '@peel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleIncident } from '../../domain/src/incidents/testing/incident-repository.case';
import type { DatabaseHandle } from './database';
import { createIncidentRepository } from './incident-repository';
import { createTestDatabase } from './testing';
import { listWardIssueIncidents } from './ward-issue-incidents';

let handle: DatabaseHandle | undefined;
beforeAll(async () => {
  handle = await createTestDatabase(getConfig().database);
});
afterAll(async () => {
  await handle?.close();
});

const at = (iso: string) => new Date(iso);

describe('listWardIssueIncidents', () => {
  it('lists incidents recorded in [from, to), of one area when asked, as crime category or NSIR code, wardless ones without a ward', async () => {
    if (!handle) throw new Error('the test database is not open');
    const incidents = createIncidentRepository(handle.db);
    const place = { lat: 51.6, lon: -1.2 };
    const asb = (id: string, iso: string, areaId = 'north') =>
      sampleIncident({ id, at: at(iso), ...place }, { location: { ...place, description: null, lsoa: null, ward: { code: 'E05999901', name: 'Abbey' }, areaId, urbanRural: 'urban' } });
    await incidents.create(asb('wi-1', '2030-01-01T00:00:00Z'));
    await incidents.create(asb('wi-2', '2030-01-02T12:00:00Z'));
    await incidents.create(asb('wi-south', '2030-01-02T13:00:00Z', 'south'));
    await incidents.create(asb('wi-late', '2030-01-08T00:00:00Z'));
    const burglary = sampleIncident({ id: 'wi-3', at: at('2030-01-03T08:00:00Z'), ...place }, { incidentType: { category: 'crime', code: 'crime', qualifiers: [], policeUkCategory: 'burglary' } });
    await incidents.create(burglary);
    const unplaced = sampleIncident({ id: 'wi-4', at: at('2030-01-04T08:00:00Z'), ...place }, { location: { ...place, description: null, lsoa: null, ward: null, areaId: 'north', urbanRural: null } });
    await incidents.create(unplaced);

    const window = { from: at('2030-01-01T00:00:00Z'), to: at('2030-01-08T00:00:00Z') };
    const north = await listWardIssueIncidents(handle.db, { ...window, areaId: 'north' });
    expect(north).toEqual([
      { id: 'wi-1', type: 'asb-personal', wardCode: 'E05999901', occurredAt: at('2030-01-01T00:00:00Z') },
      { id: 'wi-2', type: 'asb-personal', wardCode: 'E05999901', occurredAt: at('2030-01-02T12:00:00Z') },
      { id: 'wi-3', type: 'burglary', wardCode: 'E05000001', occurredAt: at('2030-01-03T08:00:00Z') },
      { id: 'wi-4', type: 'asb-personal', occurredAt: at('2030-01-04T08:00:00Z') },
    ]);
    expect((await listWardIssueIncidents(handle.db, window)).map((incident) => incident.id)).toContain('wi-south');
    // What the route feeds the ranking.
    const ranking = rankWardIssues({ problems: [], incidents: north, ...window });
    expect(ranking.unplacedIncidents).toBe(1);
    expect(ranking.wards.find((ward) => ward.wardCode === 'E05999901')?.issues).toEqual([{ rank: 1, issue: 'asb-personal', incidents: 2, openProblems: 0, problemIds: [] }]);
  });
});
