/**
 * Arrivals as a non-homogeneous Poisson process by thinning (Lewis & Shedler, "Simulation of
 * nonhomogeneous Poisson processes by thinning", Naval Research Logistics Quarterly 26(3), 1979):
 * candidates come at the week's peak total rate Λ*, and a candidate at time t is kept with
 * probability Λ(h(t))/Λ*, Λ(h) being the total rate in hour-of-week h. A kept arrival belongs to
 * class c with probability λ_c(h)/Λ(h) (superposition: the classes are independent Poisson
 * streams), drawn from an alias table per hour.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import { buildAliasTables, sampleAlias, type AliasTables } from '../random/alias-table';
import type { Xoshiro128 } from '../random/xoshiro128';
import type { ArrivalClass } from './force-scenario';

/** The superposed arrival stream of a scenario's classes. */
export class ArrivalProcess {
  /** Class of the arrival last returned by {@link next}. */
  lastClass = -1;
  private readonly ratePerMinute = new Float64Array(HOURS_PER_WEEK);
  private readonly peakPerMinute: number;
  private readonly tables: AliasTables | null;

  constructor(
    classes: readonly ArrivalClass[],
    private readonly random: Xoshiro128,
  ) {
    const count = classes.length;
    const weights = new Float64Array(HOURS_PER_WEEK * Math.max(1, count));
    let peak = 0;
    for (let hour = 0; hour < HOURS_PER_WEEK; hour += 1) {
      let total = 0;
      for (let c = 0; c < count; c += 1) {
        const rate = classes[c]!.perHour[hour]!;
        weights[hour * count + c] = rate;
        total += rate;
      }
      // An hour with no demand is never sampled from; give it a harmless uniform row.
      if (total === 0) for (let c = 0; c < count; c += 1) weights[hour * count + c] = 1;
      this.ratePerMinute[hour] = total / 60;
      if (total / 60 > peak) peak = total / 60;
    }
    this.peakPerMinute = peak;
    this.tables = count > 0 && peak > 0 ? buildAliasTables(weights, count) : null;
  }

  /** The first arrival after `after` and before `end` (minutes from Monday 00:00), or Infinity. */
  next(after: number, end: number): number {
    if (this.tables === null) return Infinity;
    const random = this.random;
    const peak = this.peakPerMinute;
    let time = after;
    for (;;) {
      time -= Math.log(random.nextFloat()) / peak;
      if (time >= end) return Infinity;
      const hour = Math.floor(time / 60) % HOURS_PER_WEEK;
      if (random.nextFloat() * peak < this.ratePerMinute[hour]!) {
        this.lastClass = sampleAlias(this.tables, hour, random);
        return time;
      }
    }
  }
}
