/**
 * The incident repository and history on the configured backend (PGlite, or PostgreSQL when
 * DATABASE_URL is set): the shared contract suite, the domain's use cases end to end against the
 * in-memory reference, and what only the database promises (append-only, personal data apart).
 */
import { readFileSync } from 'node:fs';
import { getConfig } from '@peel/config';
import { assessIncident, createIncident, createIncidentTestBed, createInMemoryIncidents, gradeIncident, routeIncident, thriveFactors, type IncidentDeps } from '@peel/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerIncidentRepositoryCases, sampleIncident } from '../../domain/src/incidents/testing/incident-repository.case';
import { parseModel } from '../../domain/src/incidents/testing/parse-model';
import { ABBEY, SYNTHETIC_BOXES } from '../../domain/src/incidents/testing/synthetic-places';
import type { DatabaseHandle } from './database';
import { createIncidentHistory } from './incident-history';
import { createIncidentRepository } from './incident-repository';
import { postgresErrorOf } from './pg-error';
import { queryRows } from './query-rows';
import { createTestDatabase } from './testing';

const { database } = getConfig();
const synthetic = parseModel(readFileSync(new URL('../../../models/synthetic.yaml', import.meta.url), 'utf8'), 'synthetic');

let handle: DatabaseHandle | undefined;
const db = () => {
  if (!handle) throw new Error('the test database is not open');
  return handle.db;
};
beforeAll(async () => {
  handle = await createTestDatabase(database);
});
afterAll(async () => {
  await handle?.close();
});

registerIncidentRepositoryCases(database.kind, () => ({ incidents: createIncidentRepository(db()), history: createIncidentHistory(db()) }));

// The reference implementation passes the same suite (one store shared by every test, as here).
const memory = createInMemoryIncidents();
registerIncidentRepositoryCases('in memory (reference)', () => ({ incidents: memory, history: memory }));

describe(`incidents on ${database.kind}`, () => {
  it('the domain use cases give the same incidents over the database as over the in-memory store (repeat checks included)', async () => {
    // Both beds start at the same time with the same id sequence; only the store differs.
    const start = new Date('2031-03-03T09:00:00Z');
    const reference = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES, start });
    const stored = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES, start });
    const incidents = createIncidentRepository(db());
    const prefix = `flow-${Date.now().toString(36)}`;
    const ids = () => {
      const counters = new Map<string, number>();
      return {
        next: (kind: string) => {
          const n = (counters.get(kind) ?? 0) + 1;
          counters.set(kind, n);
          return `${prefix}-${kind}-${n}`;
        },
      };
    };
    const onDatabase: IncidentDeps = { ...stored.deps, incidents, history: createIncidentHistory(db()), ids: ids() };
    const inMemory: IncidentDeps = { ...reference.deps, ids: ids() };
    const run = async (deps: IncidentDeps, clock: typeof stored.clock) => {
      const results = [];
      for (const caller of ['Pat Lee', 'Pat Lee', 'Sam Ray']) {
        const created = await createIncident(deps, {
          channelId: '101',
          createdBy: 'handler-1',
          caller: { name: caller, phone: caller === 'Pat Lee' ? '01632 960001' : null },
          location: ABBEY,
          incidentType: { code: 'concern-for-safety', qualifiers: ['mental-health'] },
          description: 'Neighbour in distress',
        });
        clock.advanceMinutes(2);
        const { assessment } = await assessIncident(deps, { incidentId: created.id, assessedBy: 'handler-1', factors: thriveFactors({ threat: 'low', vulnerability: 'high', engagement: 'medium' }) });
        await gradeIncident(deps, { incidentId: created.id, grade: assessment.suggestion.grade, decidedBy: 'handler-1', reason: null });
        clock.advanceMinutes(1);
        const { incident } = await routeIncident(deps, { incidentId: created.id, routedBy: 'controller-1' });
        results.push(incident);
        clock.advanceMinutes(30);
      }
      return results;
    };
    const expected = await run(inMemory, reference.clock);
    const actual = await run(onDatabase, stored.clock);
    expect(actual).toEqual(expected);
    expect(actual[1]?.assessments[0]?.repeatVictim).toMatchObject({ isRepeat: true, previousCount: 1 });
    expect(actual[2]?.assessments[0]?.repeatLocation).toMatchObject({ isRepeat: true, previousCount: 2 });
    for (const incident of expected) expect(await incidents.findById(incident.id)).toEqual(incident);
  });

  it('refuses UPDATE and DELETE of incidents and their timeline in the database itself (append-only triggers)', async () => {
    const incidents = createIncidentRepository(db());
    const incident = sampleIncident({ id: `incident-immutable-${Date.now().toString(36)}`, at: new Date('2031-04-01T00:00:00Z'), lat: 51, lon: 0 });
    await incidents.create(incident);
    for (const statement of [
      sql`update incident_events set by = 'someone-else' where incident_id = ${incident.id}`,
      sql`delete from incident_events where incident_id = ${incident.id}`,
      sql`update incidents set demand_type_id = 'other' where id = ${incident.id}`,
      sql`delete from incidents where id = ${incident.id}`,
    ]) {
      const failure: unknown = await db().execute(statement).then(() => undefined, (error: unknown) => error);
      expect(postgresErrorOf(failure)?.code).toBe('42501');
      expect(String((failure as { cause?: Error }).cause?.message)).toMatch(/is append-only: (UPDATE|DELETE) is not allowed/);
    }
    expect(await incidents.findById(incident.id)).toEqual(incident);
  });

  it('keeps personal data out of the incidents and timeline tables: only incident_people and incident_reports hold it', async () => {
    const incidents = createIncidentRepository(db());
    const incident = sampleIncident({ id: `incident-personal-${Date.now().toString(36)}`, at: new Date('2031-04-02T00:00:00Z'), lat: 51, lon: 0 });
    await incidents.create(incident);
    const secrets = [incident.caller.name, incident.caller.phone, incident.victim?.name, incident.description, incident.location.description].filter((value): value is string => typeof value === 'string');
    const [plain] = await queryRows<{ row: string }>(
      db(),
      sql`select (select row_to_json(i)::text from incidents i where i.id = ${incident.id}) || (select json_agg(e)::text from incident_events e where e.incident_id = ${incident.id}) as row`,
    );
    const [personal] = await queryRows<{ row: string }>(
      db(),
      sql`select (select json_agg(p)::text from incident_people p where p.incident_id = ${incident.id}) || (select row_to_json(r)::text from incident_reports r where r.incident_id = ${incident.id}) as row`,
    );
    for (const secret of secrets) {
      expect(plain?.row).not.toContain(secret);
      expect(personal?.row).toContain(JSON.stringify(secret).slice(1, -1));
    }
  });
});
