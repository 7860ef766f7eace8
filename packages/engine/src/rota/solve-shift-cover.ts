/**
 * Solves a shift-cover problem ({@link ShiftCoverProblem}) to integer optimality with a MIP solver
 * behind the {@link RotaSolver} port, or returns the best cover found within the time limit with
 * its gap, or says which periods make it infeasible.
 */
import type { CoveringProgram, CoveringProgramResult, RotaSolver } from './rota-solver';
import { greedyCover } from './greedy-cover';
import { assertShiftCoverProblem, costOf, coverOf, DEFAULT_ROTA_TIME_LIMIT_SECONDS, uncoveredPeriods, type ShiftCoverProblem } from './shift-cover';

/**
 * The answer to a shift-cover problem. Every field is present whatever the status, so callers
 * can read it without narrowing; an infeasible result has cost NaN, empty counts and cover, and
 * the culprits in `uncoveredPeriods`.
 */
export interface ShiftCoverResult {
  /** `optimal`: proven least cost; `time-limit`: the best cover found in time (see `gap`); `infeasible`: see `uncoveredPeriods`. */
  status: 'optimal' | 'infeasible' | 'time-limit';
  /** Σ cost × officers of the cover (NaN when infeasible). */
  cost: number;
  /** Whole officers starting each shift, in the problem's shift order. */
  counts: number[];
  /** Officers on duty in each period (≥ required in every period). */
  cover: number[];
  /** Σ counts: officers (shifts worked) in the horizon. */
  officers: number;
  /** Proven lower bound on the cost (the MIP dual bound, rounded up when every cost is whole). */
  bound: number;
  /** Relative gap (cost − bound) / cost: 0 when optimal with whole costs. */
  gap: number;
  /** Periods with a requirement that no shift covers (empty unless infeasible). */
  uncoveredPeriods: number[];
  /** Solver wall time, seconds. */
  seconds: number;
}

/** A whole number of officers is within this of the solver's value (HiGHS' integrality tolerance is 1e-6). */
const INTEGRALITY_TOLERANCE = 1e-5;

/**
 * Minimises cost (officers when every cost is 1) subject to covering every period. Throws a
 * RangeError naming the field when the problem is malformed; an infeasible problem is a result.
 * When every cost is a whole number the solve stops only at a gap below 1 (= optimal, the costs
 * being whole); otherwise at HiGHS' default relative gap (10⁻⁴). The greedy cover
 * ({@link greedyCover}) is the MIP start, so a time-limited solve always returns a feasible cover.
 */
export async function solveShiftCover(problem: ShiftCoverProblem, solver: RotaSolver): Promise<ShiftCoverResult> {
  assertShiftCoverProblem(problem);
  const uncovered = uncoveredPeriods(problem);
  if (uncovered.length > 0) {
    return { status: 'infeasible', cost: Number.NaN, counts: [], cover: [], officers: 0, bound: Number.NaN, gap: Number.NaN, uncoveredPeriods: uncovered, seconds: 0 };
  }
  if (problem.required.every((required) => required === 0)) return feasible(problem, new Array<number>(problem.shifts.length).fill(0), 'optimal', 0, 0);
  const start = greedyCover(problem);
  const wholeCosts = problem.shifts.every((shift) => Number.isInteger(shift.cost));
  const result = await solver.solve({ ...coveringProgram(problem, true), ...(wholeCosts ? { absoluteGap: 1 - 1e-6 } : {}), start });
  if (result.status === 'infeasible') throw new Error('the MIP solver found a shift cover infeasible although every required period is covered by some shift');
  const counts = wholeCounts(result);
  // With whole costs every cover costs a whole number, so the bound rounds up.
  const bound = wholeCosts ? Math.ceil(result.bound - 1e-6) : result.bound;
  const answer = feasible(problem, counts, result.status, bound, result.seconds);
  const short = answer.cover.findIndex((onDuty, p) => onDuty < problem.required[p]!);
  if (short >= 0) throw new Error(`the MIP solver's cover leaves period ${short} short (${answer.cover[short]} on duty, ${problem.required[short]} required)`);
  return answer;
}

/** The LP relaxation of a shift-cover problem: its optimum is a lower bound on the integer cost. */
export interface ShiftCoverRelaxation {
  status: 'optimal' | 'infeasible' | 'time-limit';
  /** Least fractional cost (NaN when infeasible). */
  cost: number;
  /** Fractional officers per shift. */
  values: number[];
  uncoveredPeriods: number[];
  seconds: number;
}

/** Solves the LP relaxation (officers may be fractional): the bound published beside textbook integer optima. */
export async function relaxShiftCover(problem: ShiftCoverProblem, solver: RotaSolver): Promise<ShiftCoverRelaxation> {
  assertShiftCoverProblem(problem);
  const uncovered = uncoveredPeriods(problem);
  if (uncovered.length > 0) return { status: 'infeasible', cost: Number.NaN, values: [], uncoveredPeriods: uncovered, seconds: 0 };
  if (problem.required.every((required) => required === 0)) return { status: 'optimal', cost: 0, values: problem.shifts.map(() => 0), uncoveredPeriods: [], seconds: 0 };
  const result = await solver.solve(coveringProgram(problem, false));
  return { status: result.status, cost: result.objective, values: result.x, uncoveredPeriods: [], seconds: result.seconds };
}

/** The covering program of a shift-cover problem: one column per shift, one row per period, coefficients 1. */
export function coveringProgram(problem: ShiftCoverProblem, integer: boolean): CoveringProgram {
  const columnStarts = [0];
  const rowIndices: number[] = [];
  for (const shift of problem.shifts) {
    rowIndices.push(...shift.covers);
    columnStarts.push(rowIndices.length);
  }
  return {
    cost: problem.shifts.map((shift) => shift.cost),
    columnStarts,
    rowIndices,
    values: new Array<number>(rowIndices.length).fill(1),
    rowLower: problem.required,
    integer,
    timeLimitSeconds: problem.timeLimitSeconds ?? DEFAULT_ROTA_TIME_LIMIT_SECONDS,
  };
}

function wholeCounts(result: CoveringProgramResult): number[] {
  return result.x.map((value, j) => {
    const count = Math.round(value);
    if (Math.abs(value - count) > INTEGRALITY_TOLERANCE || count < 0) throw new Error(`the MIP solver returned ${value} officers for shift ${j}, not a whole number >= 0`);
    return count;
  });
}

function feasible(problem: ShiftCoverProblem, counts: number[], status: 'optimal' | 'time-limit', bound: number, seconds: number): ShiftCoverResult {
  const cost = costOf(problem.shifts, counts);
  const gap = cost === 0 ? 0 : Math.max(0, (cost - bound) / Math.abs(cost));
  return {
    status,
    cost,
    counts,
    cover: coverOf(problem.shifts, counts, problem.required.length),
    officers: counts.reduce((sum, count) => sum + count, 0),
    bound,
    gap,
    uncoveredPeriods: [],
    seconds,
  };
}
