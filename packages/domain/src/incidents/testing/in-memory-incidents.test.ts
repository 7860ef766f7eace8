import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain-error';
import { assessIncident } from '../assess-incident';
import { createIncident } from '../create-incident';
import type { Incident } from '../incident';
import { createIncidentTestBed } from './incident-test-bed';
import { parseModel } from './parse-model';
import { ABBEY, SYNTHETIC_BOXES } from './synthetic-places';
import { thriveFactors } from './thrive-factors';

const synthetic = parseModel(readFileSync(new URL('../../../../../models/synthetic.yaml', import.meta.url), 'utf8'), 'synthetic');

async function newIncident() {
  const bed = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
  const incident = await createIncident(bed.deps, {
    channelId: '101',
    createdBy: 'handler-1',
    caller: { name: 'A', phone: '1' },
    location: ABBEY,
    incidentType: { code: 'asb-personal' },
    description: 'noise',
  });
  return { ...bed, incident };
}

describe('in-memory incident store (the repository contract)', () => {
  it('refuses a second incident with the same id, and a new incident that is not at version 1', async () => {
    const { store, incident } = await newIncident();
    await expect(store.create(incident)).rejects.toMatchObject({ code: 'CONFLICT', field: 'id' });
    const later = { ...incident, id: 'incident-2', version: 2 } as Incident;
    await expect(store.create(later)).rejects.toMatchObject({ code: 'CONFLICT', field: 'version' });
  });

  it('appends only on the expected version: of two assessments computed from the same version, the second is refused', async () => {
    const { deps, incident, store } = await newIncident();
    const results = await Promise.allSettled([
      assessIncident(deps, { incidentId: incident.id, assessedBy: 'a', factors: thriveFactors({ threat: 'high' }) }),
      assessIncident(deps, { incidentId: incident.id, assessedBy: 'b', factors: thriveFactors() }),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
    const rejected = results[1] as PromiseRejectedResult;
    expect(rejected.reason).toBeInstanceOf(DomainError);
    expect(rejected.reason).toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(store.all()[0]?.assessments.map((assessment) => assessment.assessedBy)).toEqual(['a']);
    expect(store.all()[0]?.version).toBe(2);
  });

  it('refuses an event whose sequence does not follow the version, and an unknown incident', async () => {
    const { store, incident } = await newIncident();
    const event = { sequence: 3, type: 'assessed', at: new Date(), by: 'x', assessmentId: 'a', reassessment: false, suggestedGrade: 4, repeatVictim: false, repeatLocation: false } as const;
    const record = {} as never;
    await expect(store.appendAssessment({ incidentId: incident.id, expectedVersion: 1, record, event })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(store.appendAssessment({ incidentId: 'incident-404', expectedVersion: 1, record, event: { ...event, sequence: 2 } })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('finds history by person and near a point, newest first, excluding the asking incident', async () => {
    const { deps, store, clock, incident } = await newIncident();
    clock.advanceMinutes(5);
    const second = await createIncident(deps, { channelId: '101', createdBy: 'h', caller: { name: 'B', phone: '1' }, location: ABBEY, incidentType: { code: 'asb-personal' }, description: 'x' });
    const window = { since: new Date('2026-01-01T00:00:00Z'), until: clock.now() };
    expect((await store.findByPerson({ ...window, phones: ['1'], names: [], excludeIncidentId: 'none' })).map((past) => past.id)).toEqual([second.id, incident.id]);
    expect((await store.findByPerson({ ...window, phones: [], names: ['b'], excludeIncidentId: 'none' })).map((past) => past.id)).toEqual([second.id]);
    expect((await store.findNear({ ...window, ...ABBEY, radiusMetres: 1, excludeIncidentId: second.id })).map((past) => past.id)).toEqual([incident.id]);
    expect(await store.findNear({ ...window, lat: 0, lon: 0, radiusMetres: 1000, excludeIncidentId: 'none' })).toEqual([]);
    expect(await store.findByPerson({ since: clock.now(), until: clock.now(), phones: ['1'], names: [], excludeIncidentId: 'none' })).toHaveLength(1);
  });
});
