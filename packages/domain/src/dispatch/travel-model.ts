/**
 * Estimated travel time for a unit: great-circle distance × road factor ÷ speed, plus a set-up
 * time, with the road factor and speed chosen by the destination's urban/rural class (a rural
 * incident is reached over rural roads, whatever the unit's start).
 *
 * The defaults are first-order figures with their sources; a force should replace them with values
 * fitted to its own vehicle-location (AVL) data:
 *   - road factor (network distance ÷ straight-line distance): urban 1.2 — Newell ("Traffic Flow on
 *     Transportation Networks", MIT Press, 1980) finds about 1.2 for random point pairs in a city,
 *     O'Sullivan et al. 1.21–1.23 around transit stations; rural 1.4 — Boscoe, Henry & Zdeb ("A
 *     nationwide comparison of driving distance versus straight-line distance to hospitals",
 *     Professional Geographer 64(2), 2012) report a national mean of 1.417, and route factors rise
 *     as road networks thin out (Chapman, "Human and Environmental Systems", 1979).
 *   - speed: urban 40 km/h — the Department for Transport's average speed on local 'A' roads in
 *     England (statistics table CGN0501) is about 24–25 mph on weekdays; a unit on blue lights is
 *     faster between junctions but not through them, so traffic speed is the prudent figure.
 *     Rural 64 km/h (40 mph) — assumption: between the 60 mph limit of rural single carriageways
 *     and the 30 mph of the villages on the way.
 *   - set-up time 0 min: response units are already mobile when dispatched. Call handling and
 *     dispatch delay are on the target's clock but not part of travel; add them here if a force
 *     wants travel estimates to include turn-out.
 */
import { kilometres, kmPerHour, minutes, travelTime, type Kilometres, type KmPerHour, type Minutes } from '@peel/engine';
import { greatCircleKmUnchecked } from './great-circle-distance';
import type { GeoPoint, UrbanOrRural } from './geo-point';

/** The constants of the travel-time estimate. */
export interface TravelModel {
  /** Network distance ÷ straight-line distance, by the destination's class; >= 1. */
  readonly roadFactor: Readonly<Record<UrbanOrRural, number>>;
  /** Average travel speed, by the destination's class; > 0. */
  readonly speed: Readonly<Record<UrbanOrRural, KmPerHour>>;
  /** Time from being assigned to moving; >= 0. */
  readonly setupTime: Minutes;
}

/** The default constants (sources in the module comment). */
export const DEFAULT_TRAVEL_MODEL: TravelModel = Object.freeze({
  roadFactor: Object.freeze({ urban: 1.2, rural: 1.4 }),
  speed: Object.freeze({ urban: kmPerHour(40), rural: kmPerHour(64) }),
  setupTime: minutes(0),
});

/** One travel estimate. */
export interface TravelEstimate {
  /** Great-circle (straight-line) distance. */
  readonly straightLine: Kilometres;
  /** Straight-line distance × road factor. */
  readonly road: Kilometres;
  /** Set-up time + road distance ÷ speed. */
  readonly time: Minutes;
}

/** Throws a RangeError naming the bad constant unless the model is usable. */
export function checkTravelModel(model: TravelModel): void {
  for (const setting of ['urban', 'rural'] as const) {
    const factor = model.roadFactor[setting];
    if (!Number.isFinite(factor) || factor < 1) throw new RangeError(`roadFactor.${setting} must be a finite number >= 1, got ${factor}`);
    const speed = model.speed[setting];
    if (!Number.isFinite(speed) || speed <= 0) throw new RangeError(`speed.${setting} must be a finite number > 0, got ${speed}`);
  }
  if (!Number.isFinite(model.setupTime) || model.setupTime < 0) throw new RangeError(`setupTime must be a finite number >= 0, got ${model.setupTime}`);
}

/**
 * Estimated travel from `from` to a destination of class `setting`. Points are assumed checked
 * (see checkGeoPoint); the model is assumed checked by {@link checkTravelModel}.
 */
export function estimateTravel(from: GeoPoint, to: GeoPoint, setting: UrbanOrRural, model: TravelModel = DEFAULT_TRAVEL_MODEL): TravelEstimate {
  const straightLine = greatCircleKmUnchecked(from, to);
  const road = straightLine * model.roadFactor[setting];
  return {
    straightLine: kilometres(straightLine),
    road: kilometres(road),
    time: travelTime({ distance: kilometres(road), speed: model.speed[setting], setupTime: model.setupTime }),
  };
}

/** Travel minutes for a straight-line distance to a destination of class `setting` (no trigonometry). */
export function travelMinutesForDistance(straightLineKm: number, setting: UrbanOrRural, model: TravelModel = DEFAULT_TRAVEL_MODEL): Minutes {
  return travelTime({ distance: kilometres(straightLineKm * model.roadFactor[setting]), speed: model.speed[setting], setupTime: model.setupTime });
}
