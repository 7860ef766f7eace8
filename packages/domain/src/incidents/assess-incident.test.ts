import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import { assessIncident, type AssessIncidentInput } from './assess-incident';
import { createIncident, type CreateIncidentInput } from './create-incident';
import { getIncident } from './get-incident';
import { createIncidentTestBed } from './testing/incident-test-bed';
import { parseModel } from './testing/parse-model';
import { ABBEY, CHALK_HILL, SYNTHETIC_BOXES } from './testing/synthetic-places';
import { thriveFactors } from './testing/thrive-factors';

const synthetic = parseModel(readFileSync(new URL('../../../../models/synthetic.yaml', import.meta.url), 'utf8'), 'synthetic');
const report: CreateIncidentInput = {
  channelId: '999',
  createdBy: 'handler-1',
  caller: { name: 'Jane Doe', phone: '07700 900123' },
  location: ABBEY,
  incidentType: { code: 'domestic-incident' },
  demandTypeId: 'violence',
  description: 'Shouting and a crash heard next door',
};

async function domainError(action: () => Promise<unknown>): Promise<DomainError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('assessIncident', () => {
  it('records the six ratings with rationale, assessor and time, the checks and the suggestion, and appends an assessed event', async () => {
    const { deps, clock } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const created = await createIncident(deps, report);
    clock.advanceMinutes(3);
    const { incident, assessment } = await assessIncident(deps, { incidentId: created.id, assessedBy: 'handler-1', factors: thriveFactors({ threat: 'high', vulnerability: 'medium' }) });
    expect(assessment).toMatchObject({
      id: 'assessment-1',
      assessedBy: 'handler-1',
      assessedAt: new Date('2026-01-05T09:03:00Z'),
      factors: { threat: { rating: 'high', rationale: 'threat assessed as high' }, vulnerability: { rating: 'medium' } },
      repeatVictim: { isRepeat: false, previousCount: 0, minimumPrevious: 1, lookbackDays: 365, radiusMetres: null },
      repeatLocation: { isRepeat: false, previousCount: 0, minimumPrevious: 2, lookbackDays: 90, radiusMetres: 100 },
      rightCare: { outcome: 'not-applicable' },
      suggestion: { grade: 1, response: 'immediate' },
    });
    expect(incident.version).toBe(2);
    expect(incident.timeline[1]).toEqual({
      sequence: 2,
      type: 'assessed',
      at: new Date('2026-01-05T09:03:00Z'),
      by: 'handler-1',
      assessmentId: 'assessment-1',
      reassessment: false,
      suggestedGrade: 1,
      repeatVictim: false,
      repeatLocation: false,
    });
    expect(await getIncident(deps, created.id)).toEqual(incident);
  });

  it('keeps every assessment: a re-assessment is appended and the first is unchanged', async () => {
    const { deps, clock } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const created = await createIncident(deps, report);
    const first = await assessIncident(deps, { incidentId: created.id, assessedBy: 'handler-1', factors: thriveFactors({ risk: 'medium' }) });
    clock.advanceMinutes(20);
    const second = await assessIncident(deps, { incidentId: created.id, assessedBy: 'supervisor-1', factors: thriveFactors({ risk: 'high' }), expectedVersion: 2 });
    const stored = await getIncident(deps, created.id);
    expect(stored.assessments).toHaveLength(2);
    expect(stored.assessments[0]).toEqual(first.assessment);
    expect(stored.assessments[1]).toMatchObject({ assessedBy: 'supervisor-1', suggestion: { grade: 1 } });
    expect(stored.timeline.map((event) => [event.type, event.sequence])).toEqual([
      ['created', 1],
      ['assessed', 2],
      ['assessed', 3],
    ]);
    expect(stored.timeline[2]).toMatchObject({ reassessment: true, by: 'supervisor-1', at: new Date('2026-01-05T09:20:00Z') });
    expect(second.incident).toEqual(stored);
  });

  it('finds a repeat victim from history (same phone however typed, or same name) and raises the grade', async () => {
    const { deps, clock } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const earlier = await createIncident(deps, { ...report, caller: { name: 'J. Doe', phone: '+44 7700 900123' }, location: CHALK_HILL });
    clock.advanceMinutes(60 * 24 * 30);
    const byName = await createIncident(deps, { ...report, caller: { name: 'someone else', phone: null }, victim: { name: 'jane  DOE' }, location: CHALK_HILL });
    clock.advanceMinutes(60);
    const now = await createIncident(deps, report);
    const { assessment } = await assessIncident(deps, { incidentId: now.id, assessedBy: 'handler-1', factors: thriveFactors({ investigation: 'medium' }) });
    expect(assessment.repeatVictim).toMatchObject({ isRepeat: true, previousCount: 2, incidentIds: [byName.id, earlier.id] });
    expect(assessment.suggestion).toMatchObject({ grade: 2, reasons: [{ code: 'attendance-needed' }, { code: 'repeat-victim-raises' }] });
  });

  it('rejects a THRIVE+ assessment missing a factor, a rating or a rationale, naming the field', async () => {
    const { deps, store } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const created = await createIncident(deps, report);
    const base = thriveFactors();
    const cases: [AssessIncidentInput['factors'] | undefined, string][] = [
      [undefined, 'factors'],
      [{ ...base, engagement: undefined } as unknown as AssessIncidentInput['factors'], 'factors.engagement'],
      [{ ...base, harm: { rating: 'severe', rationale: 'x' } }, 'factors.harm.rating'],
      [{ ...base, risk: { rating: 'low', rationale: '  ' } }, 'factors.risk.rationale'],
      [{ ...base, prevention: { rating: 'low', rationale: 'x' } } as unknown as AssessIncidentInput['factors'], 'factors.prevention'],
    ];
    for (const [factors, field] of cases) {
      const error = await domainError(() => assessIncident(deps, { incidentId: created.id, assessedBy: 'handler-1', factors: factors as AssessIncidentInput['factors'] }));
      expect(error, field).toMatchObject({ code: 'VALIDATION', field });
    }
    expect(await domainError(() => assessIncident(deps, { incidentId: created.id, assessedBy: ' ', factors: base }))).toMatchObject({ field: 'assessedBy' });
    expect(store.all()[0]?.assessments).toHaveLength(0);
  });

  it('refuses an assessment made on a stale version (CONFLICT) and an unknown incident (NOT_FOUND)', async () => {
    const { deps } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const created = await createIncident(deps, report);
    await assessIncident(deps, { incidentId: created.id, assessedBy: 'a', factors: thriveFactors() });
    expect(await domainError(() => assessIncident(deps, { incidentId: created.id, assessedBy: 'b', factors: thriveFactors(), expectedVersion: 1 }))).toMatchObject({
      code: 'CONFLICT',
      field: 'expectedVersion',
    });
    expect(await domainError(() => assessIncident(deps, { incidentId: 'incident-9', assessedBy: 'b', factors: thriveFactors() }))).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('uses the thresholds from the settings', async () => {
    const { deps } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES, settings: { repeatLocation: { minimumPrevious: 1, radiusMetres: 5000 } } });
    await createIncident(deps, { ...report, caller: { name: 'other' }, location: CHALK_HILL });
    const created = await createIncident(deps, report);
    const { assessment } = await assessIncident(deps, { incidentId: created.id, assessedBy: 'a', factors: thriveFactors() });
    // Abbey and Chalk Hill test points are 2.2 km apart: inside 5 km, so one earlier incident is a repeat location.
    expect(assessment.repeatLocation).toMatchObject({ isRepeat: true, previousCount: 1, minimumPrevious: 1, radiusMetres: 5000 });
  });
});
