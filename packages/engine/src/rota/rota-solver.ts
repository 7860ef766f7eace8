/**
 * The port through which the rota code reaches a MIP solver. A covering program is plain data
 * (structured-cloneable, so it can cross to a worker thread):
 *
 *     minimise Σ_j cost_j·x_j  subject to  Σ_j A_ij·x_j ≥ rowLower_i,  0 ≤ x_j ≤ colUpper_j,
 *     x_j integer (unless `integer` is false: the LP relaxation)
 *
 * with A given column by column (compressed sparse columns). Production: HiGHS in a worker thread
 * ({@link createHighsSolver}).
 */

/** A covering program (see the file comment). */
export interface CoveringProgram {
  /** Objective coefficient of each column. */
  cost: readonly number[];
  /** Column j's entries are rowIndices/values[columnStarts[j] … columnStarts[j + 1] − 1]. */
  columnStarts: readonly number[];
  rowIndices: readonly number[];
  values: readonly number[];
  /** Lower bound of each row activity (upper bounds are +∞). */
  rowLower: readonly number[];
  /** Upper bound of each column; +∞ when absent. */
  colUpper?: readonly number[];
  /** Whole-number columns (true) or the LP relaxation (false). */
  integer: boolean;
  timeLimitSeconds: number;
  /** Stop when the incumbent is within this much of the bound (e.g. 0.999 when every cost is a whole number). */
  absoluteGap?: number;
  /** A feasible solution to start from (MIP start): the solver never returns worse than it. */
  start?: readonly number[];
}

/** How a solve ended. */
export type CoveringStatus = 'optimal' | 'infeasible' | 'time-limit';

/** The solver's answer. */
export interface CoveringProgramResult {
  status: CoveringStatus;
  /** Column values of the best solution found; empty when there is none. */
  x: number[];
  /** Objective of `x` (NaN when there is none). */
  objective: number;
  /** Best lower bound proven on the objective (MIP dual bound; the objective for an LP). */
  bound: number;
  /** Relative MIP gap |objective − bound| / |objective| (0 at optimality). */
  gap: number;
  /** Solver wall time, seconds. */
  seconds: number;
}

/** A MIP solver for covering programs. */
export interface RotaSolver {
  solve(program: CoveringProgram): Promise<CoveringProgramResult>;
}
