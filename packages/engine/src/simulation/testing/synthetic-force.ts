/**
 * A synthetic force for tests and benchmarks (invented, seeded; the generator is part of the
 * product's test kit): `areas` response areas side by side, each a 12 km × 12 km square of
 * 60 locations (a third rural), a response team per area on a five-relief 24/7 rota with PCs and
 * sergeants, neighbourhood PCSOs, a force control room of call handlers and a Resolution Centre.
 * Demand follows a day/night cycle (peak 4× the trough, late evening), with the grade mix and
 * routing of the seed forces. Sized by incidents and calls a day.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import type { BuildForceScenarioInput, DemandRate, ScenarioDemandTypeSpec } from '../force/build-force-scenario';
import type { GeographyLocation } from '../force/scenario-geography';
import type { SimulationModel } from '../force/simulation-model';
import { Xoshiro128 } from '../random/xoshiro128';

/** Options of {@link createSyntheticForce}. */
export interface SyntheticForceOptions {
  areas: number;
  incidentsPerDay: number;
  /** Calls a day on 999 and on 101 (incidents included). */
  emergencyCallsPerDay: number;
  routineCallsPerDay: number;
  /** PCs per area's response team (÷ 5 reliefs on each shift). */
  constablesPerArea: number;
  callHandlers: number;
  days: number;
  seed: number;
}

const TYPES: (ScenarioDemandTypeSpec & { share: number })[] = [
  { id: 'violence', name: 'Violence', timeTakenMinutes: { PC: 180 }, unitsRequired: 2, tags: ['vulnerability'], share: 0.3 },
  { id: 'theft', name: 'Theft', timeTakenMinutes: { PC: 75 }, share: 0.3 },
  { id: 'asb', name: 'Anti-social behaviour', timeTakenMinutes: { PC: 45, PCSO: 60 }, tags: ['neighbourhood'], share: 0.3 },
  { id: 'mental-health', name: 'Mental health', timeTakenMinutes: { PC: 150 }, tags: ['mental-health'], share: 0.1 },
];
const GRADE_MIX = [0.15, 0.35, 0.2, 0.3];

/** The model, demand and locations of the synthetic force. */
export function createSyntheticForce(options: SyntheticForceOptions): BuildForceScenarioInput {
  const { areas, incidentsPerDay, emergencyCallsPerDay, routineCallsPerDay, constablesPerArea, callHandlers, days, seed } = options;
  const random = Xoshiro128.fromSeed(seed);
  const areaIds = Array.from({ length: areas }, (_, i) => `area-${i + 1}`);
  const model: SimulationModel = {
    id: 'synthetic-force',
    geography: { areas: areaIds.map((id, i) => ({ id, name: `Area ${i + 1}`, wards: [{ code: `E0599${String(i).padStart(4, '0')}`, urbanRural: 'urban' }] })) },
    roles: {
      PC: { category: 'officer', powers: ['arrest'] },
      PS: { category: 'officer', powers: ['arrest', 'authorise'] },
      PCSO: { category: 'pcso', powers: ['detain'] },
      CH: { category: 'staff', powers: ['call-handling'] },
      INV: { category: 'staff', powers: ['investigate-crime'] },
    },
    shiftPatterns: [
      { id: 'response-5', rotatingTeams: 5, shifts: [{ id: 'early', start: '07:00', durationHours: 10 }, { id: 'late', start: '14:00', durationHours: 10 }, { id: 'night', start: '22:00', durationHours: 10 }] },
      { id: 'pcso-2', rotatingTeams: 2, shifts: [{ id: 'early', start: '08:00', durationHours: 8 }, { id: 'late', start: '15:00', durationHours: 8 }] },
      { id: 'control', rotatingTeams: 4, shifts: [{ id: 'day', start: '07:00', durationHours: 12 }, { id: 'night', start: '19:00', durationHours: 12 }] },
    ],
    abstractionPercent: { sickness: 5, leave: 12, training: 5 },
    teams: [
      ...areaIds.map((id) => ({ id: `${id}-response`, name: `${id} response`, kind: 'response', areas: [id], shiftPattern: 'response-5', roles: { PC: { headcount: constablesPerArea }, PS: { headcount: 5 } } })),
      ...areaIds.map((id) => ({ id: `${id}-pcso`, name: `${id} PCSOs`, kind: 'neighbourhood', areas: [id], shiftPattern: 'pcso-2', roles: { PCSO: { headcount: 8 } } })),
      { id: 'control-room', name: 'Control room', kind: 'control-room', areas: ['all'], shiftPattern: 'control', roles: { CH: { headcount: callHandlers } } },
      { id: 'resolution-centre', name: 'Resolution Centre', kind: 'resolution-centre', areas: ['all'], shiftPattern: 'control', roles: { INV: { headcount: Math.max(4, Math.round(incidentsPerDay / 25)) } } },
    ],
    grades: [
      { grade: 1, name: 'Emergency', response: 'immediate', attendance: { urbanTargetMinutes: 15, ruralTargetMinutes: 20, clock: 'call-answered' } },
      { grade: 2, name: 'Priority', response: 'prompt', attendance: { urbanTargetMinutes: 60, ruralTargetMinutes: 60, clock: 'call-answered' } },
      { grade: 3, name: 'Scheduled', response: 'scheduled', appointmentWithinHours: 48 },
      { grade: 4, name: 'Resolution without deployment', response: 'no-deployment' },
    ],
    channels: [
      { id: '999', kind: 'emergency-call', answerTargetSeconds: 10, callsPerDay: emergencyCallsPerDay },
      { id: '101', kind: 'non-emergency-call', answerTargetSeconds: 60, callsPerDay: routineCallsPerDay },
      { id: 'online', kind: 'online' },
    ],
    demandTypes: TYPES.map(({ share: _share, ...type }) => type),
    routing: [
      { id: 'rcrp', when: { tags: ['mental-health'], grades: [3, 4] }, route: 'partner-referral' },
      { id: 'emergency', when: { grades: [1, 2] }, route: 'deploy', teamKind: 'response', roles: ['PC'] },
      { id: 'neighbourhood', when: { tags: ['neighbourhood'], grades: [3] }, route: 'scheduled-appointment', teamKind: 'neighbourhood', roles: ['PCSO'] },
      { id: 'scheduled', when: { grades: [3] }, route: 'scheduled-appointment', teamKind: 'response', roles: ['PC'] },
      { id: 'resolve', when: { grades: [4] }, route: 'resolution-centre', team: 'resolution-centre' },
      { id: 'otherwise', when: {}, route: 'no-further-action' },
    ],
    serviceLevels: { resolutionCentre: { contactWithinHours: 48, contactTargetPercent: 98 } },
  };

  // Weekly shape: a day/night cycle peaking at 22:00, four times the 04:00 trough; Friday and Saturday nights 30 % busier.
  const shape = Array.from({ length: HOURS_PER_WEEK }, (_, hour) => {
    const clock = hour % 24;
    const weekendNight = (hour >= 4 * 24 + 18 && hour < 6 * 24 + 4) ? 1.3 : 1;
    return (2.5 + 1.5 * Math.cos(((clock - 22) / 24) * 2 * Math.PI)) * weekendNight;
  });
  const shapeTotal = shape.reduce((a, b) => a + b, 0);
  const demand: DemandRate[] = [];
  areaIds.forEach((area, a) => {
    // Areas differ in demand by up to ±30 %.
    const areaShare = (0.7 + 0.6 * ((a * 0.618034) % 1)) / areas;
    for (let hour = 0; hour < HOURS_PER_WEEK; hour += 1) {
      const perHour = (incidentsPerDay * 7 * areaShare * shape[hour]!) / shapeTotal;
      TYPES.forEach((type) => GRADE_MIX.forEach((share, g) => demand.push({ area, hourOfWeek: hour, demandType: type.id, grade: g + 1, perHour: perHour * type.share * share })));
    }
  });
  const locations: Record<string, GeographyLocation[]> = {};
  areaIds.forEach((area, a) => {
    // 12 km squares, 0.2° of longitude apart at latitude 51° (≈ 14 km).
    locations[area] = Array.from({ length: 60 }, (_, i) => ({
      lon: -1 + a * 0.2 + random.nextFloat() * 0.17,
      lat: 51 + random.nextFloat() * 0.108,
      weight: 0.5 + random.nextFloat(),
      urban: i % 3 !== 0,
    }));
  });
  return { model, demandTypes: TYPES.map(({ share: _share, ...type }) => type), demand, locations, days };
}
