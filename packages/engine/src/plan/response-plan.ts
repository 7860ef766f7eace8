/**
 * The PCAM-style analysis of a response cell: officers needed on duty in each hour of the week for
 * the Grade 1 compliance target (attendanceCompliance: priority queue + square-root-law travel),
 * that requirement covered by the least duty hours of shifts of the team's lengths starting at any
 * hour (HiGHS, solveShiftCover), the posts behind it after abstraction, and what a given number of
 * posts achieves on the team's own rotating pattern.
 */
import { HOURS_PER_WEEK } from '../demand/hour-of-week';
import { OFFICE_HOURS, teamAbstraction } from '../simulation/force/compile-duty';
import type { SimulationShiftPattern } from '../simulation/force/simulation-model';
import { postsFromDutyHours } from '../rota/posts';
import { evaluateRotatingPattern, patternShiftsOnDuty } from '../rota/rotating-pattern';
import type { RotaSolver } from '../rota/rota-solver';
import { shiftsAtEveryStart } from '../rota/shifts-at-every-start';
import { solveShiftCover } from '../rota/solve-shift-cover';
import { attendanceCompliance, officersForCompliance, type AttendancePlace } from '../allocation/attendance-compliance';
import { squareKilometres } from '../travel/square-root-law';
import { kmPerHour, minutes, perHour, probability } from '../units';
import type { PlanOptions } from './plan-options';
import type { PlanRota, PostsOutcome } from './plan-types';
import type { PlanningModel, PlanningTeam } from './planning-model';
import type { GradeOneTarget, ResponseDemand } from './response-demand';

/** Where a response cell works: its urban and rural km² and the share of its Grade 1 calls in urban places. */
export interface ResponseGround {
  urbanKm2: number;
  ruralKm2: number;
  urbanShare: number;
}

/** The pieces of the analysis that do not depend on a number of posts. */
export interface ResponseContext {
  demand: ResponseDemand;
  ground: ResponseGround;
  gradeOne: GradeOneTarget;
  pattern: SimulationShiftPattern;
  abstraction: number;
  /** Minimum on duty per hour (the role's minimumOnDutyPerShift), 0 without one. */
  minimum: number;
  options: PlanOptions;
  /** c_h: the pattern's shifts on duty in each hour of the week. */
  shiftsOnDuty: number[];
  /** Grade 1 compliance by officers on duty × 168 + hour, computed once. */
  cache: Map<number, number>;
}

/** The team's shift pattern, or the simulator's assumed office hours when it has none. */
export function patternOf(model: Pick<PlanningModel, 'shiftPatterns'>, team: Pick<PlanningTeam, 'shiftPattern'>): SimulationShiftPattern {
  return model.shiftPatterns.find((pattern) => pattern.id === team.shiftPattern) ?? OFFICE_HOURS;
}

/** Builds the context of a response cell. */
export function responseContext(params: { model: PlanningModel; team: PlanningTeam; role: string; demand: ResponseDemand; ground: ResponseGround; gradeOne: GradeOneTarget; options: PlanOptions }): ResponseContext {
  const { model, team, role, demand, ground, gradeOne, options } = params;
  const pattern = patternOf(model, team);
  return { demand, ground, gradeOne, pattern, abstraction: teamAbstraction(model, team), minimum: team.roles[role]?.minimumOnDutyPerShift ?? 0, options, shiftsOnDuty: patternShiftsOnDuty(pattern), cache: new Map() };
}

/** The urban and the rural part, each with its share of the calls (and of the officers patrolling: the same). */
function places(context: ResponseContext): AttendancePlace[] {
  const { ground, gradeOne, options } = context;
  const all: AttendancePlace[] = [
    { share: ground.urbanShare, area: squareKilometres(ground.urbanKm2), speed: kmPerHour(options.urbanSpeedKmh), target: minutes(gradeOne.urbanTargetMinutes) },
    { share: 1 - ground.urbanShare, area: squareKilometres(ground.ruralKm2), speed: kmPerHour(options.ruralSpeedKmh), target: minutes(gradeOne.ruralTargetMinutes) },
  ];
  return all.filter((place) => place.share > 0);
}

/** Officers needed on duty in each hour: the Grade 1 target met, the queue stable, never below the minimum. */
export function requiredOnDuty(context: ResponseContext): number[] {
  const { demand, gradeOne, options, minimum } = context;
  const where = places(context);
  return demand.ratesByHour.map((rates, hour) => {
    const total = rates.reduce((sum, rate) => sum + rate, 0);
    if (total === 0) return minimum;
    const meanServiceTime = demand.jobMinutesByHour[hour]!;
    if (rates[0] === 0) return Math.max(minimum, Math.floor((total * meanServiceTime) / 60) + 1);
    return officersForCompliance({
      arrivalRates: rates.map(perHour),
      meanServiceTime: minutes(meanServiceTime),
      delay: minutes(options.delayMinutes),
      places: where,
      metric: options.metric,
      compliance: probability(gradeOne.target),
      minimum: Math.max(1, minimum),
    }).officers;
  });
}

/** Shift lengths, whole hours, of the team's pattern. */
export function shiftLengths(pattern: SimulationShiftPattern): number[] {
  return [...new Set(pattern.shifts.map((shift) => Math.min(24, Math.max(1, Math.round(shift.durationHours)))))].sort((a, b) => a - b);
}

/** The least duty hours of shifts (the pattern's lengths, any start hour, the week wrapping round) covering the requirement. */
export async function coverRequirement(context: ResponseContext, required: readonly number[], solver: RotaSolver): Promise<{ rota: PlanRota; posts: number | null }> {
  const lengths = shiftLengths(context.pattern);
  const shifts = shiftsAtEveryStart({ periods: HOURS_PER_WEEK, lengths, cyclic: true, cost: (_start, length) => length });
  const result = await solveShiftCover({ required, shifts, timeLimitSeconds: context.options.rotaTimeLimitSeconds }, solver);
  const rota: PlanRota = {
    status: result.status,
    shiftLengths: lengths,
    shifts: result.officers,
    dutyHoursPerWeek: result.status === 'infeasible' ? 0 : result.cost,
    cover: result.cover,
    gap: result.status === 'infeasible' ? 0 : result.gap,
  };
  const posts = result.status === 'infeasible' ? null : postsFromDutyHours({ dutyHoursPerWeek: result.cost, abstraction: context.abstraction }).posts;
  return { rota, posts };
}

/** Posts the team's own pattern needs to meet every hour's requirement (null when it leaves hours uncovered). */
export function patternPosts(context: ResponseContext, required: readonly number[]): number | null {
  const evaluation = evaluateRotatingPattern({ pattern: context.pattern, required, abstraction: context.abstraction });
  return evaluation.status === 'feasible' ? evaluation.posts : null;
}

/** What `posts` give on the team's pattern: on duty per hour, the hours short and the predicted weekly Grade 1 compliance. */
export function postsOutcome(context: ResponseContext, required: readonly number[], posts: number): PostsOutcome {
  const evaluation = evaluateRotatingPattern({ pattern: context.pattern, required, abstraction: context.abstraction, headcount: posts });
  const cover = evaluation.current!;
  return { posts, onDuty: cover.cover, compliance: weeklyCompliance(context, cover.cover), hoursShort: cover.hoursShort };
}

/** Predicted weekly Grade 1 compliance with `posts` on the team's own pattern (null without Grade 1 calls). */
export function complianceWithPosts(context: ResponseContext, posts: number): number | null {
  const perRelief = (posts / context.pattern.rotatingTeams) * (1 - context.abstraction);
  return weeklyCompliance(context, context.shiftsOnDuty.map((shifts) => perRelief * shifts));
}

/**
 * Grade 1 compliance over the week, each hour weighted by its Grade 1 calls. Expected on-duty
 * figures are fractional (posts ÷ reliefs × availability): compliance is interpolated linearly
 * between the whole numbers either side. Null when the cell has no Grade 1 calls.
 */
export function weeklyCompliance(context: ResponseContext, onDuty: readonly number[]): number | null {
  const { demand, options, cache } = context;
  const where = places(context);
  let calls = 0;
  let within = 0;
  demand.ratesByHour.forEach((rates, hour) => {
    const gradeOne = rates[0]!;
    if (gradeOne === 0) return;
    const at = (officers: number) => {
      if (officers < 1) return 0;
      const key = officers * HOURS_PER_WEEK + hour;
      let value = cache.get(key);
      if (value === undefined) {
        value = attendanceCompliance({
          arrivalRates: rates.map(perHour),
          meanServiceTime: minutes(demand.jobMinutesByHour[hour]!),
          officers,
          delay: minutes(options.delayMinutes),
          places: where,
          metric: options.metric,
        }).compliance;
        cache.set(key, value);
      }
      return value;
    };
    const n = onDuty[hour]!;
    const low = Math.floor(n + 1e-9);
    const fraction = n - low;
    const value = fraction > 1e-9 ? (1 - fraction) * at(low) + fraction * at(low + 1) : at(low);
    calls += gradeOne;
    within += gradeOne * value;
  });
  return calls > 0 ? within / calls : null;
}
