import { describe, expect, it } from 'vitest';
import { createTrainingCallGenerator, type TrainingCall } from './training-calls';
import type { TrainingDemand } from './training-demand';

const flat = (perHour: number) => Array.from({ length: 168 }, () => perHour);

const demand: TrainingDemand = {
  classes: [
    { areaId: 'north', demandTypeId: 'violence', demandTypeName: 'Violence', grade: 1, channelId: '999', perHour: flat(2) },
    // Only on Monday 09:00–09:59 (hour of week 9).
    { areaId: 'south', demandTypeId: 'theft', demandTypeName: 'Theft', grade: 3, channelId: '101', perHour: flat(0).map((_, hour) => (hour === 9 ? 30 : 0)) },
  ],
  locations: {
    north: [
      { lat: 51.6, lon: -1.2, weight: 3 },
      { lat: 51.7, lon: -1.1, weight: 1 },
    ],
    south: [{ lat: 51.3, lon: -1.2, weight: 1 }],
  },
  onSceneMinutes: { violence: 120, theft: 60 },
  onSceneCv: 0.5,
};

function take(seed: number, until: number): TrainingCall[] {
  const generator = createTrainingCallGenerator(demand, seed);
  const calls: TrainingCall[] = [];
  let after = 0;
  for (;;) {
    const call = generator.next(after);
    if (!call || call.atMinute >= until) return calls;
    calls.push(call);
    after = call.atMinute;
  }
}

describe('createTrainingCallGenerator', () => {
  it('is deterministic: the same seed gives the same calls, another seed others', () => {
    const a = take(7, 3 * 1440);
    expect(take(7, 3 * 1440)).toEqual(a);
    expect(take(8, 3 * 1440)).not.toEqual(a);
    expect(a.map((call) => call.sequence)).toEqual(a.map((_, index) => index + 1));
  });

  it('follows the hour-of-week rates: Poisson counts within 4 standard deviations of the mean', () => {
    // 10 weeks: violence at 2/h → mean 3,360 calls, sd √3360 ≈ 58; theft only in hour 9 at 30/h → mean 300, sd ≈ 17.
    const calls = take(11, 10 * 10_080);
    const violence = calls.filter((call) => call.callClass.demandTypeId === 'violence');
    const theft = calls.filter((call) => call.callClass.demandTypeId === 'theft');
    expect(Math.abs(violence.length - 3360)).toBeLessThan(4 * Math.sqrt(3360));
    expect(Math.abs(theft.length - 300)).toBeLessThan(4 * Math.sqrt(300));
    expect(theft.every((call) => Math.floor(call.atMinute / 60) % 168 === 9)).toBe(true);
  });

  it('places calls by weight and draws on-scene times around the mean', () => {
    const calls = take(3, 10 * 10_080).filter((call) => call.callClass.areaId === 'north');
    const heavy = calls.filter((call) => call.location.lat === 51.6).length / calls.length;
    expect(heavy).toBeGreaterThan(0.7);
    expect(heavy).toBeLessThan(0.8);
    const mean = calls.reduce((sum, call) => sum + call.onSceneMinutes, 0) / calls.length;
    // Lognormal, mean 120, CV 0.5 → the sample mean of ~3,360 has sd ≈ 120·0.5/√3360 ≈ 1.0.
    expect(Math.abs(mean - 120)).toBeLessThan(5);
  });

  it('refuses a class whose area has no place', () => {
    expect(() => createTrainingCallGenerator({ ...demand, locations: { north: demand.locations.north! } }, 1)).toThrow('demand.locations: area south has calls but no place for them');
  });
});
