import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicingModel } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import { assessIncident } from './assess-incident';
import { createIncident, type CreateIncidentInput } from './create-incident';
import { getIncident } from './get-incident';
import { gradeIncident } from './grade-incident';
import { currentRoute, incidentStage, isRouteStale } from './incident-state';
import { routeIncident } from './route-incident';
import { createIncidentTestBed } from './testing/incident-test-bed';
import { parseModel } from './testing/parse-model';
import { ABBEY, SYNTHETIC_BOXES } from './testing/synthetic-places';
import { thriveFactors } from './testing/thrive-factors';
import type { ThriveFactor, ThriveRating } from './thrive';

const load = (name: string) => parseModel(readFileSync(new URL(`../../../../models/${name}.yaml`, import.meta.url), 'utf8'), name);
const synthetic = load('synthetic');
const kent = load('kent');

const mentalHealthCall: CreateIncidentInput = {
  channelId: '101',
  createdBy: 'handler-1',
  caller: { name: 'Pat Lee', phone: '01632 960001' },
  location: ABBEY,
  incidentType: { code: 'concern-for-safety', qualifiers: ['mental-health'] },
  description: 'Neighbour in distress, talking about feeling unwell',
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

/** Creates, assesses and grades (the suggestion, or `grade` with a reason) an incident; returns the bed and id. */
async function gradedIncident(params: { model: PolicingModel; input?: CreateIncidentInput; ratings?: Partial<Record<ThriveFactor, ThriveRating>>; grade?: number }) {
  const bed = createIncidentTestBed({ model: params.model, boxes: SYNTHETIC_BOXES });
  const created = await createIncident(bed.deps, params.input ?? mentalHealthCall);
  const { assessment } = await assessIncident(bed.deps, { incidentId: created.id, assessedBy: 'handler-1', factors: thriveFactors(params.ratings) });
  const grade = params.grade ?? assessment.suggestion.grade;
  await gradeIncident(bed.deps, { incidentId: created.id, grade, decidedBy: 'handler-1', reason: grade === assessment.suggestion.grade ? null : 'controller judgement' });
  bed.clock.advanceMinutes(1);
  return { ...bed, id: created.id, assessment };
}

describe('routeIncident — Right Care, Right Person, end to end', () => {
  it('synthetic: a mental-health concern with no crime and no real risk is graded 4 and referred to the mental-health trust', async () => {
    const { deps, id, assessment } = await gradedIncident({ model: synthetic, ratings: { threat: 'low', vulnerability: 'high', engagement: 'medium' } });
    expect(assessment.rightCare.outcome).toBe('refer-to-partner');
    expect(assessment.suggestion.grade).toBe(4);
    const { incident, decision } = await routeIncident(deps, { incidentId: id, routedBy: 'controller-1' });
    expect(decision).toMatchObject({
      id: 'route-1',
      route: 'partner-referral',
      ruleId: 'rcrp',
      rationale: 'Right Care, Right Person: no crime and no immediate risk to life',
      partner: { id: 'mh-trust', name: 'Peelshire Mental Health Trust', kind: 'mental-health' },
      teamId: null,
      grade: 4,
      assessmentId: 'assessment-1',
      rightCare: { outcome: 'refer-to-partner' },
      skippedRules: [],
      warnings: [],
      decidedBy: 'controller-1',
      decidedAt: new Date('2026-01-05T09:01:00Z'),
    });
    expect(incident.timeline.at(-1)).toEqual({
      sequence: 4,
      type: 'routed',
      at: new Date('2026-01-05T09:01:00Z'),
      by: 'controller-1',
      routingDecisionId: 'route-1',
      route: 'partner-referral',
      ruleId: 'rcrp',
      teamId: null,
      teamKind: null,
      partnerId: 'mh-trust',
    });
    expect(incidentStage(incident)).toBe('routed');
    expect(await getIncident(deps, id)).toEqual(incident);
  });

  it('synthetic: the same call with a crime to investigate, graded 3, passes over the referral and gets a scheduled response attendance', async () => {
    const { deps, id, assessment } = await gradedIncident({ model: synthetic, ratings: { investigation: 'medium' } });
    expect(assessment.rightCare).toMatchObject({ outcome: 'police-attend', crimeToInvestigate: true });
    expect(assessment.suggestion.grade).toBe(3);
    const { decision } = await routeIncident(deps, { incidentId: id, routedBy: 'controller-1' });
    expect(decision).toMatchObject({ route: 'scheduled-appointment', ruleId: 'scheduled', teamKind: 'response', roles: ['PC'], partner: null, skippedRules: [{ ruleId: 'rcrp' }] });
  });

  it('synthetic: a real and immediate risk to life is grade 1 and deployed', async () => {
    const { deps, id } = await gradedIncident({ model: synthetic, ratings: { risk: 'high' } });
    const { decision } = await routeIncident(deps, { incidentId: id, routedBy: 'controller-1' });
    expect(decision).toMatchObject({ route: 'deploy', ruleId: 'emergency', grade: 1, rightCare: { outcome: 'police-attend', realAndImmediateRisk: true } });
  });

  it('kent: a concern for welfare without risk goes to KCC social care; with a high threat it is deployed', async () => {
    const welfare = { ...mentalHealthCall, incidentType: { code: 'concern-for-safety' } };
    const referred = await gradedIncident({ model: kent, input: welfare });
    const first = await routeIncident(referred.deps, { incidentId: referred.id, routedBy: 'fcc-1' });
    expect(first.decision).toMatchObject({ route: 'partner-referral', ruleId: 'rcrp-welfare', partner: { id: 'kcc-social-care', kind: 'social-care' } });
    const atRisk = await gradedIncident({ model: kent, input: welfare, ratings: { threat: 'high' } });
    const second = await routeIncident(atRisk.deps, { incidentId: atRisk.id, routedBy: 'fcc-1' });
    expect(second.decision).toMatchObject({ route: 'deploy', ruleId: 'emergency', grade: 1, teamKind: 'response', roles: ['PC'] });
  });

  it('kent: a mental-health crisis with a crime to investigate, graded 3, passes over KMPT and is booked for response', async () => {
    const { deps, id } = await gradedIncident({ model: kent, ratings: { investigation: 'high' } });
    const { decision } = await routeIncident(deps, { incidentId: id, routedBy: 'fcc-1' });
    expect(decision).toMatchObject({ route: 'scheduled-appointment', ruleId: 'scheduled', skippedRules: [{ ruleId: 'rcrp-mental-health' }] });
  });

  it('kent: grade 4 non-Right-Care demand goes to the FCC Telephone Resolution Desk (team and its kind recorded)', async () => {
    const shoplifting = { ...mentalHealthCall, incidentType: { code: 'crime', policeUkCategory: 'shoplifting' } };
    const { deps, id } = await gradedIncident({ model: kent, input: shoplifting });
    const { decision } = await routeIncident(deps, { incidentId: id, routedBy: 'fcc-1' });
    expect(decision).toMatchObject({ route: 'resolution-centre', ruleId: 'resolve', teamId: 'fcc-resolution', teamKind: 'resolution-centre' });
  });

  it('a grade override into attendance on Right Care demand is routed by the model, with a warning', async () => {
    const { deps, id } = await gradedIncident({ model: synthetic, grade: 2 });
    const { decision } = await routeIncident(deps, { incidentId: id, routedBy: 'controller-1' });
    expect(decision.route).toBe('deploy');
    expect(decision.warnings[0]).toMatch(/yet grade 2 routes it to police attendance/);
  });
});

describe('routeIncident — when it may route', () => {
  it('needs a grade first', async () => {
    const { deps } = createIncidentTestBed({ model: synthetic, boxes: SYNTHETIC_BOXES });
    const created = await createIncident(deps, mentalHealthCall);
    await assessIncident(deps, { incidentId: created.id, assessedBy: 'a', factors: thriveFactors() });
    expect(await domainError(() => routeIncident(deps, { incidentId: created.id, routedBy: 'c' }))).toMatchObject({ code: 'INVALID_TRANSITION' });
  });

  it('routes again only after a regrade or a re-assessment, keeping every decision', async () => {
    const { deps, id } = await gradedIncident({ model: synthetic });
    await routeIncident(deps, { incidentId: id, routedBy: 'c' });
    expect(await domainError(() => routeIncident(deps, { incidentId: id, routedBy: 'c' }))).toMatchObject({ code: 'INVALID_TRANSITION' });
    const { incident: reassessed } = await assessIncident(deps, { incidentId: id, assessedBy: 'supervisor', factors: thriveFactors({ harm: 'high' }) });
    expect(isRouteStale(reassessed)).toBe(true);
    await gradeIncident(deps, { incidentId: id, grade: 1, decidedBy: 'supervisor', reason: 'self-harm now reported' });
    const { incident } = await routeIncident(deps, { incidentId: id, routedBy: 'c' });
    expect(incident.routes.map((route) => [route.route, route.grade])).toEqual([
      ['partner-referral', 4],
      ['deploy', 1],
    ]);
    expect(currentRoute(incident)?.route).toBe('deploy');
    expect(isRouteStale(incident)).toBe(false);
    expect(incident.timeline.map((event) => event.type)).toEqual(['created', 'assessed', 'graded', 'routed', 'assessed', 'regraded', 'routed']);
    expect(incident.timeline.map((event) => event.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('refuses a stale version and a missing router', async () => {
    const { deps, id } = await gradedIncident({ model: synthetic });
    expect(await domainError(() => routeIncident(deps, { incidentId: id, routedBy: 'c', expectedVersion: 2 }))).toMatchObject({ code: 'CONFLICT' });
    expect(await domainError(() => routeIncident(deps, { incidentId: id, routedBy: '' }))).toMatchObject({ code: 'VALIDATION', field: 'routedBy' });
  });
});
