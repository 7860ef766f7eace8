/**
 * From officers on duty to posts (establishment). An officer on duty in a period is one of the
 * posts rostered to work that day (the others are on rest days) and not abstracted (leave,
 * training, sickness, court …; abstraction a = the fraction of rostered time lost). So
 *
 *     posts = on-duty × (days in cycle / days worked) / (1 − a)
 *
 * e.g. 10 officers needed at work every day, each working 4 days in 7, abstraction 0.4:
 * 10 × 7/4 / 0.6 = 29.2 → 30 posts. With shifts of mixed lengths the same reasoning in hours:
 * posts = duty hours per week / contracted hours per officer per week / (1 − a).
 */
import { postsAfterAbstraction } from '../queueing/staffing';

/** Posts, exact and rounded up to whole officers. */
export interface Posts {
  /** The quotient before rounding (what a fractional establishment would be). */
  exact: number;
  /** Whole posts: ⌈exact⌉. */
  posts: number;
}

/** Input of {@link postsFromOnDuty}. */
export interface PostsFromOnDutyInput {
  /** Officers needed at work each day of the cycle (e.g. Σ officers of a one-day cover). */
  onDuty: number;
  /** Days in the rota cycle, e.g. 7, or 10 for a five-relief 2-2-2 pattern. */
  daysInCycle: number;
  /** Days each officer works in the cycle (rest days excluded). */
  daysWorked: number;
  /** Fraction of rostered time abstracted, in [0, 1). */
  abstraction: number;
}

/** posts = on-duty × (days in cycle / days worked) / (1 − abstraction) (see the file comment). */
export function postsFromOnDuty(input: PostsFromOnDutyInput): Posts {
  const { onDuty, daysInCycle, daysWorked, abstraction } = input;
  if (!(Number.isFinite(onDuty) && onDuty >= 0)) throw new RangeError(`onDuty: expected a number of officers >= 0, got ${onDuty}`);
  if (!(Number.isFinite(daysInCycle) && daysInCycle > 0)) throw new RangeError(`daysInCycle: expected a number of days > 0, got ${daysInCycle}`);
  if (!(Number.isFinite(daysWorked) && daysWorked > 0 && daysWorked <= daysInCycle)) throw new RangeError(`daysWorked: expected a number of days in (0, ${daysInCycle}], got ${daysWorked}`);
  return postsFromRostered(onDuty * (daysInCycle / daysWorked), abstraction);
}

/** Normal hours of a police officer's week: 40 (Police Regulations 2003, Determination Annex E: 8-hour days, 5 days a week). */
export const CONTRACTED_HOURS_PER_WEEK = 40;

/** Input of {@link postsFromDutyHours}. */
export interface PostsFromDutyHoursInput {
  /** Officer-hours on duty in one week, e.g. Σ_j counts_j × shift length_j of a weekly cover. */
  dutyHoursPerWeek: number;
  /** Hours each officer is contracted to work a week; default {@link CONTRACTED_HOURS_PER_WEEK}. */
  contractedHoursPerWeek?: number;
  /** Fraction of rostered time abstracted, in [0, 1). */
  abstraction: number;
}

/** posts = duty hours per week / contracted hours per week / (1 − abstraction): the same rule for shifts of mixed lengths. */
export function postsFromDutyHours(input: PostsFromDutyHoursInput): Posts {
  const { dutyHoursPerWeek, contractedHoursPerWeek = CONTRACTED_HOURS_PER_WEEK, abstraction } = input;
  if (!(Number.isFinite(dutyHoursPerWeek) && dutyHoursPerWeek >= 0)) throw new RangeError(`dutyHoursPerWeek: expected a number of hours >= 0, got ${dutyHoursPerWeek}`);
  if (!(Number.isFinite(contractedHoursPerWeek) && contractedHoursPerWeek > 0 && contractedHoursPerWeek <= 168)) {
    throw new RangeError(`contractedHoursPerWeek: expected hours in (0, 168], got ${contractedHoursPerWeek}`);
  }
  return postsFromRostered(dutyHoursPerWeek / contractedHoursPerWeek, abstraction);
}

function postsFromRostered(rostered: number, abstraction: number): Posts {
  if (!(Number.isFinite(abstraction) && abstraction >= 0 && abstraction < 1)) throw new RangeError(`abstraction: expected a fraction in [0, 1), got ${abstraction}`);
  return { exact: rostered / (1 - abstraction), posts: postsAfterAbstraction(rostered, abstraction) };
}
