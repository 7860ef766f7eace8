/**
 * A small invented force for the plan's tests: three areas with demand in the ratio 1 : 2 : 3
 * (`scale` times a base), a response team per area on a five-relief rota, neighbourhood PCSOs per
 * area with a ward rule on the quietest area, a force-wide control room and a protected total.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import type { DemandRate, ScenarioDemandTypeSpec } from '../../simulation/force/build-force-scenario';
import type { PlanningModel } from '../planning-model';

/** Demand types: minutes per role, officers required and impact. */
export const FIXTURE_TYPES: (ScenarioDemandTypeSpec & { impactWeight: number })[] = [
  { id: 'violence', name: 'Violence', timeTakenMinutes: { PC: 180 }, unitsRequired: 2, impactWeight: 3 },
  { id: 'theft', name: 'Theft', timeTakenMinutes: { PC: 60, PCSO: 30 }, impactWeight: 1 },
  { id: 'asb', name: 'Anti-social behaviour', timeTakenMinutes: { PCSO: 60, PC: 30 }, impactWeight: 1 },
];

/** The fixture model; `headcounts` changes the response PCs per area. */
export function fixtureModel(headcounts: readonly number[] = [30, 40, 50]): PlanningModel {
  const areas = ['north', 'centre', 'south'];
  return {
    id: 'fixture',
    force: 'Fixture Constabulary',
    geography: {
      areas: areas.map((id, index) => ({
        id,
        name: id,
        wards: Array.from({ length: index === 0 ? 12 : 4 }, (_, ward) => ({ code: `E0500${index}${String(ward).padStart(3, '0')}`, urbanRural: ward % 2 === 0 ? 'urban' : 'rural' })),
      })),
    },
    roles: { PC: { category: 'officer' }, PS: { category: 'officer' }, PCSO: { category: 'pcso' }, INSP: { category: 'officer' }, CH: { category: 'staff' } },
    shiftPatterns: [
      { id: 'response-5', rotatingTeams: 5, shifts: [{ id: 'early', start: '07:00', durationHours: 10 }, { id: 'late', start: '15:00', durationHours: 10 }, { id: 'night', start: '22:00', durationHours: 10 }] },
      { id: 'pcso-2', rotatingTeams: 2, shifts: [{ id: 'early', start: '08:00', durationHours: 8 }, { id: 'late', start: '15:00', durationHours: 8 }] },
      { id: 'control', rotatingTeams: 4, shifts: [{ id: 'day', start: '07:00', durationHours: 12 }, { id: 'night', start: '19:00', durationHours: 12 }] },
    ],
    abstractionPercent: { leave: 12, sickness: 5, training: 8 },
    teams: [
      ...areas.map((id, index) => ({
        id: `${id}-response`,
        name: `${id} response`,
        kind: 'response',
        areas: [id],
        shiftPattern: 'response-5',
        roles: { PC: { headcount: headcounts[index]!, minimumOnDutyPerShift: 2 }, PS: { headcount: 5 }, INSP: { headcount: 1 } },
        ledBy: { role: 'INSP', title: 'Response Inspector' },
      })),
      ...areas.map((id) => ({ id: `${id}-pcso`, name: `${id} PCSOs`, kind: 'neighbourhood', areas: [id], shiftPattern: 'pcso-2', roles: { PCSO: { headcount: 10 } } })),
      { id: 'control-room', name: 'Control room', kind: 'control-room', areas: ['all'], shiftPattern: 'control', roles: { CH: { headcount: 40 } } },
    ],
    grades: [
      { grade: 1, name: 'Emergency', response: 'immediate', attendance: { urbanTargetMinutes: 15, ruralTargetMinutes: 20, clock: 'call-answered', compliancePercentTarget: 90 } },
      { grade: 2, name: 'Priority', response: 'prompt', attendance: { urbanTargetMinutes: 60, ruralTargetMinutes: 60, clock: 'call-answered' } },
      { grade: 3, name: 'Scheduled', response: 'scheduled' },
      { grade: 4, name: 'Resolution', response: 'no-deployment' },
    ],
    demandTypes: FIXTURE_TYPES,
    routing: [
      { id: 'emergency', when: { grades: [1, 2] }, route: 'deploy', teamKind: 'response', roles: ['PC'] },
      { id: 'asb', when: { grades: [3], demandTypes: ['asb'] }, route: 'scheduled-appointment', teamKind: 'neighbourhood', roles: ['PCSO'] },
      { id: 'scheduled', when: { grades: [3] }, route: 'scheduled-appointment', teamKind: 'response', roles: ['PC'] },
      { id: 'resolve', when: { grades: [4] }, route: 'resolution-centre' },
    ],
    constraints: {
      protectedHeadcount: [{ id: 'response-pcs', description: 'Response PCs protected at 110', roles: ['PC'], teamKinds: ['response'], minimum: 110 }],
      wardMinimums: [{ id: 'pcso-per-ward', role: 'PCSO', areas: ['north'], minimumPerWard: 1 }],
    },
  };
}

/** Jobs a week by type in an area of weight 1 (× `scale`). */
const WEEKLY = { violence: 20, theft: 60, asb: 40 } as const;
const GRADE_MIX = [0.15, 0.35, 0.2, 0.3];

/** Demand rates: areas in the ratio `weights`, a day/night cycle (peak 3× the trough, evenings). */
export function fixtureRates(weights: readonly number[] = [1, 2, 3], scale = 1): DemandRate[] {
  const areas = ['north', 'centre', 'south'];
  const shape = Array.from({ length: HOURS_PER_WEEK }, (_, hour) => 2 + Math.cos((2 * Math.PI * ((hour % 24) - 20)) / 24));
  const total = shape.reduce((a, b) => a + b, 0);
  const rates: DemandRate[] = [];
  areas.forEach((area, a) => {
    for (const [type, perWeek] of Object.entries(WEEKLY)) {
      GRADE_MIX.forEach((share, g) => {
        shape.forEach((weight, hourOfWeek) => {
          rates.push({ area, hourOfWeek, demandType: type, grade: g + 1, perHour: (perWeek * scale * weights[a]! * share * weight) / total });
        });
      });
    }
  });
  return rates;
}

/** Area sizes and urban shares of the fixture. */
export const FIXTURE_GEOGRAPHY = {
  north: { urbanKm2: 20, ruralKm2: 380, urbanShare: 0.3 },
  centre: { urbanKm2: 50, ruralKm2: 30, urbanShare: 0.9 },
  south: { urbanKm2: 40, ruralKm2: 110, urbanShare: 0.7 },
} as const;
