/**
 * The production {@link RotaSolver}: HiGHS (npm `highs`, the University of Edinburgh's MIP solver
 * compiled to WebAssembly; single-threaded) run in worker threads by piscina, so a long solve
 * never blocks the event loop of the CLI or the server, and several solves (one per area) run in
 * parallel. The worker is highs-worker.mjs.
 */
import { Piscina } from 'piscina';
import type { CoveringProgram, CoveringProgramResult, RotaSolver } from './rota-solver';

/** Options of {@link createHighsSolver}. */
export interface HighsSolverOptions {
  /** Worker threads at most; default 1 (each solve is single-threaded; raise it to solve areas in parallel). */
  maxThreads?: number;
  /** An idle worker exits after this many milliseconds; default 30,000. */
  idleTimeoutMs?: number;
}

/** A RotaSolver that owns worker threads: close() it when done, or the process keeps them until they idle out. */
export interface HighsSolver extends RotaSolver {
  close(): Promise<void>;
}

const WORKER = new URL('./highs-worker.mjs', import.meta.url).href;

/** Starts the HiGHS worker pool (threads start on the first solve). */
export async function createHighsSolver(options: HighsSolverOptions = {}): Promise<HighsSolver> {
  const maxThreads = options.maxThreads ?? 1;
  if (!(Number.isSafeInteger(maxThreads) && maxThreads >= 1)) throw new RangeError(`maxThreads: expected a whole number >= 1, got ${maxThreads}`);
  const idleTimeout = options.idleTimeoutMs ?? 30_000;
  if (!(Number.isFinite(idleTimeout) && idleTimeout >= 0)) throw new RangeError(`idleTimeoutMs: expected a number >= 0, got ${idleTimeout}`);
  const pool = new Piscina({ filename: WORKER, minThreads: 0, maxThreads, idleTimeout });
  return {
    async solve(program: CoveringProgram): Promise<CoveringProgramResult> {
      const { modelStatus: _modelStatus, ...result } = (await pool.run(program)) as CoveringProgramResult & { modelStatus: number };
      return result;
    },
    close: () => pool.destroy(),
  };
}
