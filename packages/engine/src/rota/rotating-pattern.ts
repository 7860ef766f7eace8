/**
 * A fixed rotating pattern against an hourly requirement. In a pattern of R rotating teams
 * (reliefs) every shift of every day is worked by one relief (the simulator's rule too,
 * simulation/force/compile-duty.ts), so with n officers of each relief on duty the hour h of the
 * week has n·c_h officers on duty, c_h = the pattern's shifts covering h. Reliefs rotate through
 * all the shifts, so they are the same size; the smallest n meeting every hour is
 *
 *     n = max_h ⌈required_h / c_h⌉          (an hour with required_h > 0 and c_h = 0 cannot be met)
 *
 * and the hours where ⌈required_h / c_h⌉ = n are the binding peaks. Officers per relief follow
 * from abstraction a: ⌈n / (1 − a)⌉, and posts = R × that — the rule of posts.ts with
 * days in cycle / days worked = R / (shifts a day), since each relief works one shift in R.
 * Everywhere else the pattern over-covers by n·c_h − required_h: the cost of a fixed pattern
 * against an optimal cover with free start times (solveShiftCover).
 *
 * Periods are the 168 hours of the week, 0 = Monday 00:00; a shift counts in an hour when it is
 * on duty for the whole hour, and a shift late on Sunday runs on into Monday.
 */
import { HOURS_PER_WEEK, WEEKDAY_NAMES } from '../demand/hour-of-week';
import { clockMinutes } from '../simulation/force/compile-duty';
import type { SimulationShiftPattern } from '../simulation/force/simulation-model';
import { postsAfterAbstraction } from '../queueing/staffing';

/** Input of {@link evaluateRotatingPattern}. */
export interface EvaluateRotatingPatternInput {
  /** The pattern (a policing model's `shiftPatterns` entry satisfies this). */
  pattern: SimulationShiftPattern;
  /** Officers needed on duty in each hour of the week (168 values, 0 = Monday 00:00). */
  required: readonly number[];
  /** Fraction of rostered time abstracted, in [0, 1). */
  abstraction: number;
  /** Officers on the pattern today (all reliefs), to show what they cover; optional. */
  headcount?: number;
}

/** What the current headcount covers: expected officers on duty and the hours it falls short. */
export interface PatternHeadcountCover {
  headcount: number;
  /** headcount / R × (1 − a): expected officers of a relief on duty (fractional). */
  onDutyPerShiftTeam: number;
  /** Expected officers on duty per hour. */
  cover: number[];
  /** max(0, required − cover) per hour. */
  shortfall: number[];
  /** Hours of the week with a shortfall. */
  hoursShort: number;
  /** Σ shortfall: officer-hours a week not covered. */
  officerHoursShort: number;
}

/** The evaluation of a rotating pattern (see the file comment). */
export interface RotatingPatternEvaluation {
  /** `infeasible` when some hour needing officers is covered by no shift of the pattern. */
  status: 'feasible' | 'infeasible';
  rotatingTeams: number;
  /** c_h: the pattern's shifts on duty in each hour (each worked by one relief). */
  shiftsOnDuty: number[];
  /** Hours needing officers that no shift covers (empty when feasible). */
  uncoveredPeriods: number[];
  /** n: officers each relief must have on duty (after abstraction) to meet every coverable hour. */
  onDutyPerShiftTeam: number;
  /** ⌈n / (1 − a)⌉: officers in each relief. */
  officersPerShiftTeam: number;
  /** R × officers per relief. */
  posts: number;
  /** n × c_h: officers on duty per hour. */
  cover: number[];
  /** cover − required per hour: positive over-cover, negative under-cover (only in uncovered hours). */
  surplus: number[];
  /** Hours whose requirement sets n (⌈required_h / c_h⌉ = n). */
  bindingPeriods: number[];
  /** Σ max(0, surplus): officer-hours a week on duty beyond the requirement. */
  overCoverOfficerHours: number;
  /** What the given headcount covers, when one is given. */
  current?: PatternHeadcountCover;
}

/** Evaluates a fixed rotating pattern against an hourly requirement (see the file comment). */
export function evaluateRotatingPattern(input: EvaluateRotatingPatternInput): RotatingPatternEvaluation {
  const { pattern, required, abstraction, headcount } = input;
  if (required.length !== HOURS_PER_WEEK) throw new RangeError(`required: expected ${HOURS_PER_WEEK} hourly values (a week), got ${required.length}`);
  required.forEach((value, hour) => {
    if (!(Number.isFinite(value) && value >= 0)) throw new RangeError(`required[${hour}]: expected a number of officers >= 0, got ${value}`);
  });
  if (!(Number.isSafeInteger(pattern.rotatingTeams) && pattern.rotatingTeams >= 1)) throw new RangeError(`pattern.rotatingTeams: expected a whole number >= 1, got ${pattern.rotatingTeams}`);
  if (!(Number.isFinite(abstraction) && abstraction >= 0 && abstraction < 1)) throw new RangeError(`abstraction: expected a fraction in [0, 1), got ${abstraction}`);
  if (headcount !== undefined && !(Number.isFinite(headcount) && headcount >= 0)) throw new RangeError(`headcount: expected a number of officers >= 0, got ${headcount}`);

  const shiftsOnDuty = patternShiftsOnDuty(pattern);
  const uncoveredPeriods = required.flatMap((value, hour) => (value > 0 && shiftsOnDuty[hour] === 0 ? [hour] : []));
  const perHour = required.map((value, hour) => (shiftsOnDuty[hour]! > 0 ? Math.ceil(value / shiftsOnDuty[hour]! - 1e-9) : 0));
  const onDutyPerShiftTeam = Math.max(0, ...perHour);
  const officersPerShiftTeam = postsAfterAbstraction(onDutyPerShiftTeam, abstraction);
  const cover = shiftsOnDuty.map((shifts) => onDutyPerShiftTeam * shifts);
  const surplus = cover.map((onDuty, hour) => onDuty - required[hour]!);
  return {
    status: uncoveredPeriods.length > 0 ? 'infeasible' : 'feasible',
    rotatingTeams: pattern.rotatingTeams,
    shiftsOnDuty,
    uncoveredPeriods,
    onDutyPerShiftTeam,
    officersPerShiftTeam,
    posts: pattern.rotatingTeams * officersPerShiftTeam,
    cover,
    surplus,
    bindingPeriods: onDutyPerShiftTeam > 0 ? perHour.flatMap((n, hour) => (n === onDutyPerShiftTeam ? [hour] : [])) : [],
    overCoverOfficerHours: surplus.reduce((sum, value) => sum + Math.max(0, value), 0),
    ...(headcount !== undefined ? { current: headcountCover(headcount, pattern.rotatingTeams, abstraction, shiftsOnDuty, required) } : {}),
  };
}

/** c_h: how many of the pattern's shifts are on duty for the whole of each hour of the week. */
export function patternShiftsOnDuty(pattern: SimulationShiftPattern): number[] {
  const counts = new Array<number>(HOURS_PER_WEEK).fill(0);
  pattern.shifts.forEach((shift, s) => {
    if (!(Number.isFinite(shift.durationHours) && shift.durationHours > 0 && shift.durationHours <= 24)) {
      throw new RangeError(`pattern.shifts[${s}].durationHours: expected hours in (0, 24], got ${shift.durationHours}`);
    }
    const startMinute = clockMinutes(shift.start);
    WEEKDAY_NAMES.forEach((name, day) => {
      if (shift.days && !shift.days.includes(name.toLowerCase())) return;
      const start = day * 24 * 60 + startMinute;
      const end = start + shift.durationHours * 60;
      for (let hour = Math.ceil(start / 60); (hour + 1) * 60 <= end; hour += 1) counts[hour % HOURS_PER_WEEK]! += 1;
    });
  });
  return counts;
}

function headcountCover(headcount: number, rotatingTeams: number, abstraction: number, shiftsOnDuty: number[], required: readonly number[]): PatternHeadcountCover {
  const onDutyPerShiftTeam = (headcount / rotatingTeams) * (1 - abstraction);
  const cover = shiftsOnDuty.map((shifts) => onDutyPerShiftTeam * shifts);
  const shortfall = cover.map((onDuty, hour) => Math.max(0, required[hour]! - onDuty));
  return {
    headcount,
    onDutyPerShiftTeam,
    cover,
    shortfall,
    hoursShort: shortfall.filter((value) => value > 1e-9).length,
    officerHoursShort: shortfall.reduce((sum, value) => sum + value, 0),
  };
}
