import { kmPerHour, minutes } from '@peel/engine';
import { describe, expect, it } from 'vitest';
import { greatCircleDistanceKm } from './great-circle-distance';
import { DEFAULT_TRAVEL_MODEL, checkTravelModel, estimateTravel, travelMinutesForDistance, type TravelModel } from './travel-model';

describe('estimateTravel', () => {
  const from = { lat: 52.6, lon: -1.2 };
  const to = { lat: 52.62, lon: -1.17 };

  it('is straight line × road factor ÷ speed by the destination class (defaults: urban 1.2 at 40 km/h, rural 1.4 at 64 km/h)', () => {
    const straight = greatCircleDistanceKm(from, to);
    const urban = estimateTravel(from, to, 'urban');
    expect(urban.straightLine).toBeCloseTo(straight, 12);
    expect(urban.road).toBeCloseTo(straight * 1.2, 12);
    expect(urban.time).toBeCloseTo((60 * straight * 1.2) / 40, 12);
    const rural = estimateTravel(from, to, 'rural');
    expect(rural.time).toBeCloseTo((60 * straight * 1.4) / 64, 12);
  });

  it('gives 1.8 min for 1 km urban and 1.3125 min for 1 km rural (hand-computed from the defaults)', () => {
    expect(travelMinutesForDistance(1, 'urban')).toBeCloseTo(1.8, 12);
    expect(travelMinutesForDistance(1, 'rural')).toBeCloseTo(1.3125, 12);
  });

  it('adds the set-up time', () => {
    const model: TravelModel = { ...DEFAULT_TRAVEL_MODEL, setupTime: minutes(2) };
    expect(travelMinutesForDistance(1, 'urban', model)).toBeCloseTo(3.8, 12);
    expect(estimateTravel(from, from, 'urban', model).time).toBe(2);
  });

  it('checkTravelModel throws a RangeError naming a road factor < 1, a speed <= 0 or a negative set-up time', () => {
    expect(() => checkTravelModel({ ...DEFAULT_TRAVEL_MODEL, roadFactor: { urban: 0.9, rural: 1.4 } })).toThrow(/roadFactor\.urban/);
    expect(() => checkTravelModel({ ...DEFAULT_TRAVEL_MODEL, speed: { urban: kmPerHour(40), rural: kmPerHour(0) } })).toThrow(/speed\.rural/);
    expect(() => checkTravelModel({ ...DEFAULT_TRAVEL_MODEL, setupTime: minutes(-1) })).toThrow(/setupTime/);
    expect(() => checkTravelModel(DEFAULT_TRAVEL_MODEL)).not.toThrow();
  });
});
