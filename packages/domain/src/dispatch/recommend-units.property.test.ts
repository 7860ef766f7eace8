/**
 * Property tests of the ranking (fast-check, fixed seed): whatever the units and the incident,
 *   - no unit that is unavailable, unpositioned or lacking a required power, role, skill or crew
 *     size is ever recommended (a PCSO never where arrest is needed);
 *   - travel distances and times are finite and non-negative;
 *   - recommendations are ordered by score, ranked 1…n, and each score is travel time plus the
 *     penalties of its reasons;
 *   - the first `limit` are the best `limit` of all eligible units, and the input order does not matter;
 *   - every unit on duty is either eligible or counted under one exclusion reason.
 */
import fc from 'fast-check';
import type { Power } from '@peel/model';
import { describe, expect, it } from 'vitest';
import type { CoverageArea } from './coverage-area';
import type { DispatchIncident } from './dispatch-incident';
import { recommendUnits } from './recommend-units';
import { makeUnit } from './testing/make-unit';
import type { Unit } from './unit';
import { UNIT_STATUSES } from './unit-status';

const SETTINGS = { seed: 20_240_301, numRuns: 250 };
const NOW = new Date('2024-03-01T12:00:00Z');
const POWER_POOL: Power[] = ['arrest', 'detain', 'use-of-force', 'take-statement', 'emergency-response-driving'];
const ROLE_POOL = ['PC', 'PS', 'PCSO', 'SC'];
const SKILL_POOL = ['taser', 'first-aid', 'dog-handler'];
const AREAS = ['north', 'south', 'east'];

const point = fc.record({ lat: fc.double({ min: 51.3, max: 51.7, noNaN: true }), lon: fc.double({ min: -0.5, max: 0.3, noNaN: true }) });

const unitSpec = fc.record({
  status: fc.constantFrom(...UNIT_STATUSES),
  position: fc.option(fc.tuple(point, fc.integer({ min: 0, max: 60 })), { nil: undefined, freq: 8 }),
  roles: fc.subarray(ROLE_POOL, { minLength: 1 }),
  powers: fc.subarray(POWER_POOL),
  skills: fc.subarray(SKILL_POOL),
  officerCount: fc.integer({ min: 1, max: 3 }),
  areaId: fc.constantFrom(...AREAS),
  teamKind: fc.constantFrom('response' as const, 'neighbourhood' as const, 'proactive' as const),
  // Few call signs, so that ties on score and call sign happen and the id must break them.
  callSign: fc.integer({ min: 1, max: 30 }).map((n) => `C${n}`),
});

const unitsArbitrary = fc.array(unitSpec, { maxLength: 40 }).map((specs) =>
  specs.map(
    (spec, index): Unit =>
      makeUnit({
        id: `u${index}`,
        callSign: spec.callSign,
        status: spec.status,
        areaId: spec.areaId,
        teamKind: spec.teamKind,
        capabilities: { roles: spec.roles, powers: spec.powers, skills: spec.skills, officerCount: spec.officerCount },
        position: spec.position && { ...spec.position[0], at: new Date(NOW.getTime() - spec.position[1] * 60_000) },
      }),
  ),
);

const incidentArbitrary = fc
  .record({
    location: point,
    areaId: fc.constantFrom(...AREAS),
    urbanRural: fc.constantFrom('urban' as const, 'rural' as const),
    powers: fc.subarray(POWER_POOL, { maxLength: 2 }),
    roles: fc.subarray(ROLE_POOL, { maxLength: 2 }),
    skills: fc.subarray(SKILL_POOL, { maxLength: 1 }),
    minimumOfficers: fc.integer({ min: 0, max: 3 }),
    preferred: fc.subarray(['response', 'neighbourhood'] as const),
    answeredMinutesAgo: fc.integer({ min: 0, max: 30 }),
    target: fc.option(fc.record({ minutes: fc.integer({ min: 5, max: 60 }), clock: fc.constantFrom('call-answered' as const, 'graded' as const, 'dispatched' as const) }), { nil: undefined }),
  })
  .map(
    (spec): DispatchIncident => ({
      id: 'inc',
      grade: 1,
      location: spec.location,
      areaId: spec.areaId,
      urbanRural: spec.urbanRural,
      requirements: { powers: spec.powers, roles: spec.roles, skills: spec.skills, minimumOfficers: spec.minimumOfficers },
      preferredTeamKinds: spec.preferred,
      callAnsweredAt: new Date(NOW.getTime() - spec.answeredMinutesAgo * 60_000),
      gradedAt: new Date(NOW.getTime() - Math.max(0, spec.answeredMinutesAgo - 1) * 60_000),
      ...(spec.target ? { attendanceTarget: { grade: 1, minutes: spec.target.minutes, clock: spec.target.clock, urbanRural: spec.urbanRural } } : {}),
    }),
  );

const coverageArbitrary = fc.option(
  fc.array(fc.tuple(point, fc.constantFrom('urban' as const, 'rural' as const), fc.integer({ min: 5, max: 20 })), { minLength: 1, maxLength: 6 }).map((areas) => ({
    areas: areas.map(([centroid, urbanRural, targetMinutes], i): CoverageArea => ({ id: `a${i}`, centroid, urbanRural, targetMinutes })),
    requirements: { powers: ['arrest'] as Power[] },
  })),
  { nil: undefined },
);

/** Independent statement of the hard filter, written without the code under test. */
function qualifies(unit: Unit, incident: DispatchIncident): boolean {
  const { powers = [], roles = [], skills = [], minimumOfficers = 0 } = incident.requirements;
  return (
    unit.status === 'available' &&
    unit.position !== undefined &&
    powers.every((power) => unit.capabilities.powers.includes(power)) &&
    (roles.length === 0 || roles.some((role) => unit.capabilities.roles.includes(role))) &&
    skills.every((skill) => unit.capabilities.skills.includes(skill)) &&
    unit.capabilities.officerCount >= minimumOfficers
  );
}

describe('recommendUnits properties', () => {
  it('recommends only qualifying units, with non-negative travel, ordered by a score that its reasons explain', () => {
    fc.assert(
      fc.property(unitsArbitrary, incidentArbitrary, coverageArbitrary, fc.integer({ min: 1, max: 12 }), (units, incident, coverage, limit) => {
        const result = recommendUnits({ incident, units, now: NOW, limit, ...(coverage ? { coverage } : {}) });
        const byId = new Map(units.map((unit) => [unit.id, unit]));
        const eligible = units.filter((unit) => qualifies(unit, incident));

        expect(result.eligibleUnits).toBe(eligible.length);
        expect(result.recommendations).toHaveLength(Math.min(limit, eligible.length));
        expect(result.eligibleUnits + Object.values(result.excluded).reduce((a, b) => a + b, 0)).toBe(units.length);
        result.recommendations.forEach((recommendation, index) => {
          const unit = byId.get(recommendation.unitId) as Unit;
          expect(qualifies(unit, incident)).toBe(true);
          if (incident.requirements.powers?.includes('arrest')) expect(unit.capabilities.powers).toContain('arrest');
          for (const value of [recommendation.travel.straightLine, recommendation.travel.road, recommendation.travel.time]) {
            expect(Number.isFinite(value) && value >= 0).toBe(true);
          }
          expect(recommendation.rank).toBe(index + 1);
          const penalties = recommendation.reasons.reduce((sum, reason) => sum + reason.penaltyMinutes, 0);
          expect(Math.abs(recommendation.score - (recommendation.travel.time + penalties))).toBeLessThan(1e-9);
          const previous = result.recommendations[index - 1];
          if (previous) expect(previous.score).toBeLessThanOrEqual(recommendation.score);
        });
      }),
      SETTINGS,
    );
  });

  it('returns the best `limit` of the full ranking, whatever the order of the input units', () => {
    fc.assert(
      fc.property(unitsArbitrary, incidentArbitrary, coverageArbitrary, fc.integer({ min: 1, max: 5 }), fc.integer(), (units, incident, coverage, limit, shuffleSeed) => {
        const extra = coverage ? { coverage } : {};
        const full = recommendUnits({ incident, units, now: NOW, limit: 1000, ...extra }).recommendations.map((r) => r.unitId);
        const top = recommendUnits({ incident, units, now: NOW, limit, ...extra }).recommendations.map((r) => r.unitId);
        expect(top).toEqual(full.slice(0, limit));
        const shuffled = [...units].sort((a, b) => hash(a.id, shuffleSeed) - hash(b.id, shuffleSeed));
        expect(recommendUnits({ incident, units: shuffled, now: NOW, limit: 1000, ...extra }).recommendations.map((r) => r.unitId)).toEqual(full);
      }),
      SETTINGS,
    );
  });
});

function hash(text: string, seed: number): number {
  let h = seed | 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 2_654_435_761);
  return h;
}
