import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import { assessIncident } from './assess-incident';
import { createIncident } from './create-incident';
import type { IncidentRepository } from './ports/incident-repository';
import { recordAssignmentStage, type RecordAssignmentStageInput } from './record-assignment-stage';
import { createIncidentTestBed } from './testing/incident-test-bed';
import { parseModel } from './testing/parse-model';
import { ABBEY, SYNTHETIC_BOXES } from './testing/synthetic-places';
import { thriveFactors } from './testing/thrive-factors';

const synthetic = parseModel(readFileSync(new URL('../../../../models/synthetic.yaml', import.meta.url), 'utf8'), 'synthetic');

async function recorded() {
  const bed = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
  const incident = await createIncident(bed.deps, {
    channelId: '999',
    createdBy: 'handler-1',
    caller: { name: 'Jane Doe', phone: '07700 900123' },
    location: ABBEY,
    incidentType: { code: 'domestic-incident' },
    demandTypeId: 'violence',
    description: 'Shouting next door',
  });
  return { ...bed, incident };
}

const step = (incidentId: string, overrides: Partial<RecordAssignmentStageInput> = {}): RecordAssignmentStageInput => ({
  incidentId,
  stage: 'dispatched',
  assignmentId: 'assignment-1',
  unitId: 'unit-1',
  callSign: 'N11',
  at: new Date('2026-01-05T09:04:00Z'),
  by: 'controller-1',
  ...overrides,
});

describe('recordAssignmentStage', () => {
  it('appends each step of the assignment to the timeline with who and when, the override on the dispatch', async () => {
    const { deps, incident } = await recorded();
    const override = { reason: 'only unit near', unmet: ['no officer in role PC'] };
    const first = await recordAssignmentStage(deps, step(incident.id, { override }));
    expect(first.event).toEqual({ sequence: 2, type: 'assignment', stage: 'dispatched', assignmentId: 'assignment-1', unitId: 'unit-1', callSign: 'N11', at: new Date('2026-01-05T09:04:00Z'), by: 'controller-1', override });
    await recordAssignmentStage(deps, step(incident.id, { stage: 'en-route', at: new Date('2026-01-05T09:05:00Z'), by: 'pc-1' }));
    const last = await recordAssignmentStage(deps, step(incident.id, { stage: 'cleared', at: new Date('2026-01-05T09:40:00Z'), by: 'pc-1' }));
    const stored = await deps.incidents.findById(incident.id);
    expect(stored).toEqual(last.incident);
    expect(stored?.timeline.map((event) => [event.sequence, event.type === 'assignment' ? event.stage : event.type, event.by])).toEqual([
      [1, 'created', 'handler-1'],
      [2, 'dispatched', 'controller-1'],
      [3, 'en-route', 'pc-1'],
      [4, 'cleared', 'pc-1'],
    ]);
    expect(stored?.version).toBe(4);
  });

  it('lands after a change that took its sequence meanwhile (a step does not depend on the incident state)', async () => {
    const { deps, incident } = await recorded();
    let raced = false;
    // A repository whose first assignment append finds that an assessment was committed just before it.
    const racing: IncidentRepository = {
      ...deps.incidents,
      async appendAssignmentEvent(change) {
        if (!raced) {
          raced = true;
          await assessIncident(deps, { incidentId: incident.id, assessedBy: 'handler-1', factors: thriveFactors({ threat: 'high' }) });
        }
        return deps.incidents.appendAssignmentEvent(change);
      },
    };
    const { event } = await recordAssignmentStage({ incidents: racing }, step(incident.id));
    expect(event.sequence).toBe(3);
    expect((await deps.incidents.findById(incident.id))?.timeline.map((entry) => entry.type)).toEqual(['created', 'assessed', 'assignment']);
  });

  it('gives up with CONFLICT (version) when other changes win five times in a row', async () => {
    const { deps, incident } = await recorded();
    let attempts = 0;
    const alwaysLosing: IncidentRepository = {
      ...deps.incidents,
      async appendAssignmentEvent() {
        attempts += 1;
        throw new DomainError('CONFLICT', 'someone else appended first', 'version');
      },
    };
    await expect(recordAssignmentStage({ incidents: alwaysLosing }, step(incident.id))).rejects.toMatchObject({ code: 'CONFLICT', field: 'version' });
    expect(attempts).toBe(5);
  });

  it('names the bad field: an unknown stage, a missing call sign, an override without reason; NOT_FOUND for an unknown incident', async () => {
    const { deps, incident } = await recorded();
    const refused = (input: RecordAssignmentStageInput, code: string, field: string) => expect(recordAssignmentStage(deps, input)).rejects.toMatchObject({ code, field });
    await refused(step(incident.id, { stage: 'parked' as never }), 'VALIDATION', 'stage');
    await refused(step(incident.id, { callSign: ' ' }), 'VALIDATION', 'callSign');
    await refused(step(incident.id, { override: { reason: '', unmet: [] } }), 'VALIDATION', 'override.reason');
    await refused(step('incident-none'), 'NOT_FOUND', 'incidentId');
    expect((await deps.incidents.findById(incident.id))?.version).toBe(1);
  });
});
