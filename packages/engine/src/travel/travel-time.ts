/**
 * Travel time from distance: distance / speed, plus an optional fixed set-up time (turn-out: from
 * being assigned to moving). A constant average speed is the first-order model; Kolesar ("A model
 * for predicting average fire engine travel times", Operations Research 23(4), 1975) adds an
 * acceleration phase for short trips, which a caller can fold into `setupTime`.
 */
import { minutes, type Kilometres, type KmPerHour, type Minutes } from '../units';
import { requireNonNegative, requirePositive } from '../queueing/check-arguments';
import { expectedResponseDistance, type ResponseDistanceInput } from './square-root-law';

/** Inputs of {@link travelTime}. */
export interface TravelTimeInput {
  /** Distance to cover. */
  readonly distance: Kilometres;
  /** Average speed; > 0. */
  readonly speed: KmPerHour;
  /** Fixed time before moving; default 0. */
  readonly setupTime?: Minutes;
}

/** setupTime + 60 · distance / speed, in minutes. */
export function travelTime(input: TravelTimeInput): Minutes {
  const { distance, speed, setupTime = 0 } = input;
  requireNonNegative('distance', distance);
  requirePositive('speed', speed);
  requireNonNegative('setupTime', setupTime);
  return minutes(setupTime + (60 * distance) / speed);
}

/**
 * Expected response travel time with `freeUnits` spread over `area`: the square-root-law distance
 * at `speed`, plus `setupTime`. (Distance is averaged before dividing by a constant speed, so this
 * is exact for the mean under that speed model.)
 */
export function expectedResponseTime(input: ResponseDistanceInput & { readonly speed: KmPerHour; readonly setupTime?: Minutes }): Minutes {
  const { speed, setupTime, ...distanceInput } = input;
  return travelTime({ distance: expectedResponseDistance(distanceInput), speed, setupTime });
}
