import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../shared/clock';
import { sequentialIds } from '../shared/id-source';
import { attendanceTargetFor } from './attendance-target';
import { coverageAreasFromModel } from './coverage-area';
import { coverRequirementsFromModel } from './cover-requirements';
import { createUnit } from './create-unit';
import type { DispatchIncident } from './dispatch-incident';
import { recommendUnits } from './recommend-units';
import { InMemoryUnitRepository } from './testing/in-memory-unit-repository';
import { modelFromText } from './testing/model-from-text';
import type { Unit } from './unit';

const model = modelFromText(readFileSync(new URL('../../../../models/synthetic.yaml', import.meta.url), 'utf8'));
const CENTROIDS = new Map([
  ['north', { lat: 52.6, lon: -1.2 }],
  ['south', { lat: 52.45, lon: -1.15 }],
]);
const NOW = new Date('2024-03-01T23:00:00Z');

// Peelshire on a night shift, booked on through the domain from the synthetic model:
//   N21  north response, 2 PCs, 1 km from the incident
//   N22  north response, 1 PC, 3 km away
//   NEIGHBOURHOOD-1  neighbourhood PCSO (default template), 0.2 km away (closest, but no power of arrest)
//   SOUTHRESPONSE-1  south response PC, near the south centroid: south's only Grade 1 cover
//   N23  north response, dispatched elsewhere
let units: Unit[];
beforeAll(async () => {
  const repo = new InMemoryUnitRepository({ pause: async () => {} });
  const context = { model, units: repo, clock: fixedClock(new Date(NOW.getTime() - 2 * 60_000)), ids: sequentialIds() };
  const book = (request: Parameters<typeof createUnit>[0]) => createUnit(request, context);
  await book({ teamId: 'north-response', relief: 2, officers: [{ officerId: 'pc1', role: 'PC' }, { officerId: 'pc2', role: 'PC' }], position: { lat: 52.609, lon: -1.2 } });
  await book({ teamId: 'north-response', relief: 2, officers: [{ officerId: 'pc3', role: 'PC' }], position: { lat: 52.627, lon: -1.2 } });
  await book({ teamId: 'neighbourhood', areaId: 'north', officers: [{ officerId: 'pcso1', role: 'PCSO' }], position: { lat: 52.6018, lon: -1.2 } });
  await book({ teamId: 'south-response', officers: [{ officerId: 'pc4', role: 'PC' }], position: { lat: 52.452, lon: -1.15 } });
  const busy = await book({ teamId: 'north-response', relief: 2, officers: [{ officerId: 'pc5', role: 'PC' }], position: { lat: 52.6, lon: -1.2 } });
  await repo.assignUnit(busy.id, 'inc-elsewhere', new Date(NOW.getTime() - 5 * 60_000));
  units = await repo.listOnDuty();
});

const incident = (overrides: Partial<DispatchIncident> = {}): DispatchIncident => ({
  id: 'inc-1',
  grade: 1,
  location: { lat: 52.6, lon: -1.2 },
  areaId: 'north',
  urbanRural: 'urban',
  requirements: { powers: ['arrest'] },
  preferredTeamKinds: ['response'],
  callAnsweredAt: new Date(NOW.getTime() - 3 * 60_000),
  gradedAt: new Date(NOW.getTime() - 2 * 60_000),
  attendanceTarget: attendanceTargetFor(model, 1, 'urban'),
  ...overrides,
});
const coverage = () => ({ areas: coverageAreasFromModel({ model, centroids: CENTROIDS }), requirements: coverRequirementsFromModel(model) });

describe('recommendUnits', () => {
  it('ranks the eligible units nearest first and never offers the PCSO where arrest is needed', () => {
    const result = recommendUnits({ incident: incident(), units, now: NOW });
    expect(result.recommendations.map((r) => r.callSign)).toEqual(['N21', 'N22', 'SOUTHRESPONSE-1']);
    expect(result.recommendations.map((r) => r.rank)).toEqual([1, 2, 3]);
    expect(result).toMatchObject({ incidentId: 'inc-1', generatedAt: NOW, consideredUnits: 5, eligibleUnits: 3, excluded: { 'not-available': 1, 'no-position': 0, 'lacks-requirement': 1 } });
  });

  it('offers the PCSO first when no power is required (an ASB call), with every reason given', () => {
    const result = recommendUnits({ incident: incident({ requirements: {}, preferredTeamKinds: undefined }), units, now: NOW });
    const first = result.recommendations[0];
    expect(first?.callSign).toBe('NEIGHBOURHOOD-1');
    expect(first?.reasons.map((reason) => reason.kind)).toEqual(['capability', 'travel', 'area', 'target']);
    expect(first?.reasons[0]?.text).toBe('no special requirements');
    expect(first?.reasons[1]?.text).toMatch(/^0\.20 km away, about 0\.4 min by road \(urban\)$/);
  });

  it('estimates travel and arrival: N21 is 1.00 km away → 1.2 km by road at 40 km/h = 1.8 min', () => {
    const n21 = recommendUnits({ incident: incident(), units, now: NOW }).recommendations[0];
    expect(n21?.travel.straightLine).toBeCloseTo(1.0008, 3);
    expect(n21?.travel.time).toBeCloseTo((60 * n21!.travel.straightLine * 1.2) / 40, 10);
    expect(n21?.estimatedArrival.getTime()).toBeCloseTo(NOW.getTime() + n21!.travel.time * 60_000, -1);
  });

  it('judges the target on its clock: 3 min of a 15-min call-answered target are gone, so 12 are left', () => {
    const n21 = recommendUnits({ incident: incident(), units, now: NOW }).recommendations[0];
    expect(n21?.meetsTarget).toBe(true);
    expect(n21?.reasons.find((reason) => reason.kind === 'target')?.text).toBe('can arrive within the 15-min urban target (call-answered clock): 12.0 min left');
    const late = recommendUnits({ incident: incident({ callAnsweredAt: new Date(NOW.getTime() - 14.5 * 60_000) }), units, now: NOW }).recommendations[0];
    expect(late?.meetsTarget).toBe(false);
    const noTarget = recommendUnits({ incident: incident({ attendanceTarget: undefined }), units, now: NOW }).recommendations[0];
    expect(noTarget?.meetsTarget).toBeUndefined();
  });

  it('adds the coverage cost: sending the south unit north leaves south with no Grade 1 cover', () => {
    const result = recommendUnits({ incident: incident(), units, now: NOW, coverage: coverage() });
    const south = result.recommendations.find((r) => r.callSign === 'SOUTHRESPONSE-1');
    expect(south?.coverageLoss).toEqual([{ areaId: 'south', targetMinutes: 15, minutesNow: expect.any(Number), minutesAfter: expect.any(Number) }]);
    expect(south?.coverageLoss?.[0]?.minutesAfter).toBeGreaterThan(15);
    const reason = south?.reasons.find((r) => r.kind === 'coverage');
    expect(reason?.penaltyMinutes).toBe(4);
    expect(reason?.text).toMatch(/^if it goes, south \(\d+\.\d min > 15 min\) falls outside the Grade 1 target$/);
    // N21 is north's nearest, but N22 (3 km, 6.5 min urban) still covers north.
    expect(result.recommendations[0]?.coverageLoss).toEqual([]);
    expect(result.uncoveredAreaIds).toEqual([]);
  });

  it('prefers the routing rule\'s team kind and the incident\'s area, by the penalties in the weights', () => {
    const noPenalties = { outOfAreaMinutes: 0, otherTeamKindMinutes: 0 };
    const asb = incident({ requirements: {}, preferredTeamKinds: ['response'] });
    const plain = recommendUnits({ incident: asb, units, now: NOW, weights: noPenalties }).recommendations;
    expect(plain[0]?.callSign).toBe('NEIGHBOURHOOD-1');
    const weighted = recommendUnits({ incident: asb, units, now: NOW }).recommendations;
    expect(weighted[0]?.callSign).toBe('N21');
    const nn1 = weighted.find((r) => r.callSign === 'NEIGHBOURHOOD-1');
    expect(nn1?.reasons.find((r) => r.kind === 'team-kind')).toEqual({ kind: 'team-kind', penaltyMinutes: 5, text: 'a neighbourhood unit; routing prefers response' });
    expect(nn1?.score).toBeCloseTo(nn1!.travel.time + 5, 10);
    const south = weighted.find((r) => r.callSign === 'SOUTHRESPONSE-1');
    expect(south?.reasons.find((r) => r.kind === 'area')).toEqual({ kind: 'area', penaltyMinutes: 3, text: "posted to south, not the incident's area north" });
  });

  it('marks a stale position (older than 10 min) with a penalty', () => {
    const later = new Date(NOW.getTime() + 55 * 60_000);
    const n21 = recommendUnits({ incident: incident({ attendanceTarget: undefined }), units, now: later }).recommendations[0];
    expect(n21?.reasons.find((r) => r.kind === 'position-age')).toEqual({ kind: 'position-age', penaltyMinutes: 3, text: 'position is 57 min old' });
  });

  it('returns at most `limit`, breaks score ties by travel time then call sign, and validates its input', () => {
    expect(recommendUnits({ incident: incident(), units, now: NOW, limit: 1 }).recommendations).toHaveLength(1);
    const twins = [units[0]!, { ...units[0]!, id: 'twin', callSign: 'A1' }];
    expect(recommendUnits({ incident: incident(), units: twins, now: NOW }).recommendations.map((r) => r.callSign)).toEqual(['A1', twins[0]!.callSign]);
    expect(() => recommendUnits({ incident: incident(), units, now: NOW, limit: 0 })).toThrow(expect.objectContaining({ code: 'VALIDATION', field: 'limit' }));
    expect(() => recommendUnits({ incident: incident({ location: { lat: 100, lon: 0 } }), units, now: NOW })).toThrow(expect.objectContaining({ field: 'incident.location.lat' }));
  });

  it('counts units without a position as excluded', () => {
    const { position: _position, ...noPosition } = units[0]!;
    expect(recommendUnits({ incident: incident(), units: [noPosition], now: NOW }).excluded['no-position']).toBe(1);
  });
});
