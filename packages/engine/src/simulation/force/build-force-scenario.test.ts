import { describe, expect, it } from 'vitest';
import { createSyntheticForce } from '../testing/synthetic-force';
import { buildForceScenario } from './build-force-scenario';
import { simulationGradeMix } from './simulation-grade-mix';

const input = createSyntheticForce({ areas: 2, incidentsPerDay: 100, emergencyCallsPerDay: 100, routineCallsPerDay: 600, constablesPerArea: 30, callHandlers: 24, days: 7, seed: 1 });
const perDay = (rates: readonly number[]) => rates.reduce((a, b) => a + b, 0) / 7;

describe('buildForceScenario', () => {
  const scenario = buildForceScenario(input);

  it('compiles the routing rules the demand uses, first match deciding, with the pools of the named teams and roles', () => {
    const route = (id: string) => scenario.routes.find((candidate) => candidate.id === id)!;
    expect(route('emergency').kind).toBe('deploy');
    expect(route('emergency').poolsByArea.map((pools) => pools.map((pool) => scenario.pools[pool]!.id))).toEqual([['area-1-response:PC'], ['area-2-response:PC']]);
    expect(route('neighbourhood').poolsByArea[1]!.map((pool) => scenario.pools[pool]!.id)).toEqual(['area-2-pcso:PCSO']);
    expect(route('rcrp').kind).toBe('partner-referral');
    // Mental-health demand of grade 3 is referred (Right Care, Right Person), of grade 1 deployed.
    const mentalHealth = scenario.demandTypes.findIndex((type) => type.id === 'mental-health');
    const routeOf = (grade: number) => scenario.routes[scenario.arrivals.find((arrival) => arrival.type === mentalHealth && arrival.grade === grade)!.route]!.id;
    expect(routeOf(0)).toBe('emergency');
    expect(routeOf(2)).toBe('rcrp');
  });

  it('sends Grade 1 by 999 and the rest by 101, and tops each channel up to its callsPerDay with calls needing no further action', () => {
    const channel = (id: string) => scenario.channels.findIndex((candidate) => candidate.id === id);
    const incidents = scenario.arrivals.filter((arrival) => arrival.kind === 'incident');
    expect(incidents.filter((arrival) => arrival.grade === 0).every((arrival) => arrival.channel === channel('999'))).toBe(true);
    expect(incidents.filter((arrival) => arrival.grade > 0).every((arrival) => arrival.channel === channel('101'))).toBe(true);
    for (const [id, calls] of [['999', 100], ['101', 600]] as const) {
      const total = scenario.arrivals.filter((arrival) => arrival.channel === channel(id)).reduce((sum, arrival) => sum + perDay(arrival.perHour), 0);
      expect(total).toBeCloseTo(calls, 6);
    }
    expect(scenario.channels.find((candidate) => candidate.id === 'online')!.handled).toBe(false);
    expect(scenario.notes.some((note) => note.startsWith('channel 999: 100 calls a day'))).toBe(true);
  });

  it('scales incidents by incidentsPerCrime and, without callsPerDay, calls by callsPerIncident', () => {
    const model = { ...input.model, channels: input.model.channels.map(({ callsPerDay: _calls, ...channel }) => channel) };
    const scaled = buildForceScenario({ ...input, model, options: { incidentsPerCrime: 2, callsPerIncident: 5 } });
    const incidents = scaled.arrivals.filter((arrival) => arrival.kind === 'incident').reduce((sum, arrival) => sum + perDay(arrival.perHour), 0);
    const all = scaled.arrivals.reduce((sum, arrival) => sum + perDay(arrival.perHour), 0);
    const base = scenario.arrivals.filter((arrival) => arrival.kind === 'incident').reduce((sum, arrival) => sum + perDay(arrival.perHour), 0);
    expect(incidents).toBeCloseTo(2 * base, 6);
    expect(all).toBeCloseTo(5 * incidents, 6);
  });

  it('rosters each pool on its team\'s pattern with the team\'s abstraction', () => {
    const pool = scenario.pools.findIndex((candidate) => candidate.id === 'area-1-response:PC');
    const blocks = scenario.duty.filter((block) => block.pool === pool);
    expect(blocks.every((block) => block.rostered === 6 && Math.abs(block.abstraction - 0.22) < 1e-12)).toBe(true);
    expect(scenario.pools.find((candidate) => candidate.kind === 'call-handlers')?.id).toBe('control-room:CH');
    expect(scenario.resolutionCentre?.pools.map((index) => scenario.pools[index]!.id)).toEqual(['resolution-centre:INV']);
  });

  it('applies a plan: an area entry makes a pool for that area only and replaces the team\'s rostering', () => {
    const planned = buildForceScenario({ ...input, plan: { entries: [{ area: 'area-1', role: 'PC', onDutyByHourOfWeek: new Array<number>(168).fill(3) }] } });
    const areaPool = planned.pools.findIndex((candidate) => candidate.id === 'area-1-response:PC@area-1');
    const teamPool = planned.pools.findIndex((candidate) => candidate.id === 'area-1-response:PC');
    expect(areaPool).toBeGreaterThanOrEqual(0);
    expect(planned.routes.find((route) => route.id === 'emergency')!.poolsByArea[0]).toEqual([areaPool]);
    expect(planned.duty.some((block) => block.pool === teamPool)).toBe(false);
    expect(planned.duty.filter((block) => block.pool === areaPool).every((block) => block.abstraction === 0)).toBe(true);
  });

  it('names the bad entry of a plan or row of demand', () => {
    const week = new Array<number>(168).fill(1);
    expect(() => buildForceScenario({ ...input, plan: { entries: [{ area: 'nowhere', role: 'PC', onDutyByHourOfWeek: week }] } })).toThrow(/plan\.entries\[0\]\.area/);
    expect(() => buildForceScenario({ ...input, plan: { entries: [{ area: 'area-1', role: 'PS', onDutyByHourOfWeek: week }] } })).toThrow(/plan\.entries\[0\]: no team sends PS/);
    expect(() => buildForceScenario({ ...input, demand: [{ area: 'nowhere', hourOfWeek: 0, demandType: 'theft', grade: 1, perHour: 1 }] })).toThrow(/demand\[0\]\.area/);
    expect(() => buildForceScenario({ ...input, demand: [{ area: 'area-1', hourOfWeek: 0, demandType: 'theft', grade: 9, perHour: 1 }] })).toThrow(/demand\[0\]\.grade/);
    expect(() => buildForceScenario({ ...input, days: 0 })).toThrow(/days/);
  });

  it('falls back to the wards on a disc when there are no LSOA centroids, and says so', () => {
    const fallback = buildForceScenario({ ...input, locations: undefined });
    expect(fallback.areas[0]!.x).toHaveLength(1);
    expect(fallback.notes.some((note) => note.includes('fallback'))).toBe(true);
  });
});

describe('simulationGradeMix', () => {
  const grades = input.model.grades;

  it('uses the graded calls for service, kept to the model\'s grades', () => {
    const mix = simulationGradeMix(grades, [{ grade: 1, share: 0.2 }, { grade: 2, share: 0.2 }, { grade: 7, share: 0.6 }]);
    expect(mix.source).toBe('calls-for-service');
    expect(mix.shares).toEqual([{ grade: 1, share: 0.5 }, { grade: 2, share: 0.5 }]);
  });

  it('otherwise assumes the mix by grade response, splitting a response evenly between its grades', () => {
    const mix = simulationGradeMix([...grades, { grade: 5, name: 'Scheduled later', response: 'scheduled' }]);
    expect(mix.source).toBe('assumed');
    expect(mix.shares.map((share) => share.share)).toEqual([0.15, 0.35, 0.1, 0.3, 0.1].map((value) => expect.closeTo(value, 12)));
  });
});
