/**
 * Worker thread (piscina) that solves covering programs with HiGHS (npm `highs`, WebAssembly).
 * Plain JavaScript so that it runs as it is under tsx, vitest and the server alike (a worker does
 * not inherit tsx's loader on Node 20). The program's shape is `CoveringProgram` in
 * rota-solver.ts; the result is `CoveringProgramResult` with the raw HiGHS model status beside it.
 *
 * HiGHS is loaded once per thread. Each model's WebAssembly memory is freed by dispose() in
 * `finally`: garbage collection never frees it.
 */
import loadHighs from 'highs';

const highsReady = loadHighs();

/** Solves one covering program. */
export default async function solveCoveringProgram(program) {
  const highs = await highsReady;
  const numCols = program.cost.length;
  const numRows = program.rowLower.length;
  const model = highs.createModel({
    numCols,
    numRows,
    colCost: program.cost,
    colLower: new Float64Array(numCols),
    colUpper: program.colUpper ?? new Float64Array(numCols).fill(highs.infinity),
    rowLower: program.rowLower,
    rowUpper: new Float64Array(numRows).fill(highs.infinity),
    matrix: { format: 'csc', numRows, numCols, starts: program.columnStarts, indices: program.rowIndices, values: program.values },
    ...(program.integer ? { integrality: new Int32Array(numCols).fill(highs.constants.variableType.integer) } : {}),
  });
  try {
    // Feasibility jump (a primal heuristic) spends ~0.1 s even on a 7-variable cover; the greedy
    // cover passed as `start` already gives the incumbent it would look for.
    model.options.set({ output_flag: false, time_limit: program.timeLimitSeconds, mip_heuristic_run_feasibility_jump: false });
    if (program.integer && program.absoluteGap !== undefined) model.options.set({ mip_abs_gap: program.absoluteGap, mip_rel_gap: 0 });
    if (program.integer && program.start) model.setSolution({ colValue: program.start });
    const { modelStatus } = model.run();
    const codes = highs.constants.modelStatus;
    const hasSolution = model.info.get('primal_solution_status') === highs.constants.solutionStatus.feasible;
    const x = hasSolution ? Array.from(model.getSolution().colValue) : [];
    const objective = hasSolution ? model.getObjectiveValue() : Number.NaN;
    const status = modelStatus === codes.optimal ? 'optimal' : modelStatus === codes.infeasible ? 'infeasible' : modelStatus === codes.timeLimit ? 'time-limit' : undefined;
    if (status === undefined) {
      const name = Object.keys(codes).find((key) => codes[key] === modelStatus) ?? String(modelStatus);
      throw new Error(`HiGHS stopped with model status ${name} (${modelStatus})`);
    }
    const bound = program.integer ? model.info.get('mip_dual_bound') : objective;
    const gap = program.integer ? (hasSolution ? model.info.get('mip_gap') : Number.POSITIVE_INFINITY) : 0;
    return { status, x, objective, bound, gap, seconds: model.getRunTime(), modelStatus };
  } finally {
    model.dispose();
  }
}
