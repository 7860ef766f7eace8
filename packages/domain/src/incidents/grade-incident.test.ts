import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error';
import { assessIncident } from './assess-incident';
import { createIncident, type CreateIncidentInput } from './create-incident';
import { getIncident } from './get-incident';
import { gradeIncident } from './grade-incident';
import { currentGrade, incidentStage } from './incident-state';
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
  incidentType: { code: 'crime', policeUkCategory: 'violent-crime' },
  description: 'Man with a knife outside the pub',
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

/** A bed with one incident created at 09:00 (call answered 08:58) and assessed at 09:02 (threat high → suggested 1). */
async function assessedIncident(location: { lat: number; lon: number } = ABBEY) {
  const bed = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
  const created = await createIncident(bed.deps, { ...report, location, callAnsweredAt: new Date('2026-01-05T08:58:00Z') });
  bed.clock.advanceMinutes(2);
  await assessIncident(bed.deps, { incidentId: created.id, assessedBy: 'handler-1', factors: thriveFactors({ threat: 'high' }) });
  bed.clock.advanceMinutes(1);
  return { ...bed, id: created.id };
}

describe('gradeIncident', () => {
  it('confirms the suggestion without a reason and records the target on the model clock (grade 1 urban: 15 min from call answered)', async () => {
    const { deps, id } = await assessedIncident();
    const { incident, decision } = await gradeIncident(deps, { incidentId: id, grade: 1, decidedBy: 'handler-1' });
    expect(decision).toEqual({
      id: 'grade-1',
      grade: 1,
      gradeName: 'Emergency',
      response: 'immediate',
      suggestedGrade: 1,
      assessmentId: 'assessment-1',
      decision: 'confirmed',
      reason: null,
      previousGrade: null,
      decidedBy: 'handler-1',
      decidedAt: new Date('2026-01-05T09:03:00Z'),
      target: {
        kind: 'attendance',
        clock: 'call-answered',
        minutes: 15,
        urbanRural: 'urban',
        classAssumed: false,
        startsAt: new Date('2026-01-05T08:58:00Z'),
        dueAt: new Date('2026-01-05T09:13:00Z'),
        compliancePercentTarget: 90,
      },
    });
    expect(incident.timeline.at(-1)).toEqual({
      sequence: 3,
      type: 'graded',
      at: new Date('2026-01-05T09:03:00Z'),
      by: 'handler-1',
      gradeDecisionId: 'grade-1',
      grade: 1,
      previousGrade: null,
      suggestedGrade: 1,
      decision: 'confirmed',
      reason: null,
    });
    expect(incidentStage(incident)).toBe('graded');
    expect(await getIncident(deps, id)).toEqual(incident);
  });

  it('applies the rural target for a rural ward (grade 1 rural: 20 min)', async () => {
    const { deps, id } = await assessedIncident(CHALK_HILL);
    const { decision } = await gradeIncident(deps, { incidentId: id, grade: 1, decidedBy: 'handler-1' });
    expect(decision.target).toMatchObject({ urbanRural: 'rural', minutes: 20, dueAt: new Date('2026-01-05T09:18:00Z') });
  });

  it('an override needs a reason; with one it is recorded as overridden', async () => {
    const { deps, id, store } = await assessedIncident();
    const error = await domainError(() => gradeIncident(deps, { incidentId: id, grade: 2, decidedBy: 'handler-1', reason: '  ' }));
    expect(error).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    expect(error.message).toContain('override the suggested grade 1 with grade 2');
    expect(store.all()[0]?.grades).toHaveLength(0);
    const { decision } = await gradeIncident(deps, { incidentId: id, grade: 2, decidedBy: 'handler-1', reason: 'Knife seen by caller is a toy, confirmed by CCTV' });
    expect(decision).toMatchObject({ decision: 'overridden', suggestedGrade: 1, grade: 2, reason: 'Knife seen by caller is a toy, confirmed by CCTV', target: { minutes: 60 } });
  });

  it('a regrade always needs a reason, keeps the history and appends a regraded event', async () => {
    const { deps, id, clock } = await assessedIncident();
    await gradeIncident(deps, { incidentId: id, grade: 1, decidedBy: 'handler-1' });
    clock.advanceMinutes(10);
    expect(await domainError(() => gradeIncident(deps, { incidentId: id, grade: 3, decidedBy: 'controller-1' }))).toMatchObject({ code: 'VALIDATION', field: 'reason' });
    const { incident, decision } = await gradeIncident(deps, { incidentId: id, grade: 3, decidedBy: 'controller-1', reason: 'Suspect detained by door staff; no ongoing risk' });
    expect(decision).toMatchObject({ previousGrade: 1, grade: 3, decision: 'overridden', target: { kind: 'appointment', withinHours: 48, startsAt: new Date('2026-01-05T09:13:00Z') } });
    expect(incident.grades.map((grade) => grade.grade)).toEqual([1, 3]);
    expect(currentGrade(incident)?.grade).toBe(3);
    expect(incident.timeline.at(-1)).toMatchObject({ type: 'regraded', previousGrade: 1, grade: 3, reason: 'Suspect detained by door staff; no ongoing risk', by: 'controller-1' });
  });

  it('a regrade back to the suggestion still needs a reason and is recorded as confirmed', async () => {
    const { deps, id } = await assessedIncident();
    await gradeIncident(deps, { incidentId: id, grade: 2, decidedBy: 'handler-1', reason: 'caller unsure' });
    const { decision } = await gradeIncident(deps, { incidentId: id, grade: 1, decidedBy: 'supervisor-1', reason: 'second caller confirms the knife' });
    expect(decision).toMatchObject({ decision: 'confirmed', previousGrade: 2 });
  });

  it('refuses grading before assessment, the grade in force, and grades the model lacks', async () => {
    const bed = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const created = await createIncident(bed.deps, report);
    expect(await domainError(() => gradeIncident(bed.deps, { incidentId: created.id, grade: 1, decidedBy: 'a' }))).toMatchObject({ code: 'INVALID_TRANSITION' });
    const { deps, id } = await assessedIncident();
    expect(await domainError(() => gradeIncident(deps, { incidentId: id, grade: 5, decidedBy: 'a', reason: 'x' }))).toMatchObject({ code: 'VALIDATION', field: 'grade' });
    await gradeIncident(deps, { incidentId: id, grade: 1, decidedBy: 'a' });
    expect(await domainError(() => gradeIncident(deps, { incidentId: id, grade: 1, decidedBy: 'a', reason: 'again' }))).toMatchObject({ code: 'INVALID_TRANSITION', field: 'grade' });
    expect(await domainError(() => gradeIncident(deps, { incidentId: id, grade: 2, decidedBy: 'a', reason: 'stale', expectedVersion: 2 }))).toMatchObject({ code: 'CONFLICT' });
  });

  it('a grade with no deployment sets no target', async () => {
    const { deps, id } = await assessedIncident();
    const { decision } = await gradeIncident(deps, { incidentId: id, grade: 4, decidedBy: 'a', reason: 'caller withdrew; advice given' });
    expect(decision.target).toBeNull();
  });
});
