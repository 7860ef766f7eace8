/** What `peel rota cover` and `peel rota solve` share: the solver's lifetime, status reporting and number parsing. */
import { InvalidArgumentError } from 'commander';
import { createHighsSolver, type ShiftCoverProblem, type ShiftCoverResult, solveShiftCover } from '@peel/engine';

/** Solves with a HiGHS worker that is closed afterwards, so the command exits as soon as it has printed. */
export async function solveWithHighs(problem: ShiftCoverProblem): Promise<ShiftCoverResult> {
  const solver = await createHighsSolver();
  try {
    return await solveShiftCover(problem, solver);
  } finally {
    await solver.close();
  }
}

/** The JSON keys every status adds beyond the interface's: the gap of a time-limited solve, the culprits of an infeasible one. */
export function statusExtras(result: ShiftCoverResult): Record<string, unknown> {
  if (result.status === 'time-limit') return { gap: result.gap };
  if (result.status === 'infeasible') return { uncoveredPeriods: result.uncoveredPeriods };
  return {};
}

/**
 * Says on standard error what a non-optimal status means; an infeasible problem sets exit code 1
 * (the answer is honest, but there is no rota to use).
 */
export function reportStatus(result: ShiftCoverResult, periodName: (period: number) => string): void {
  if (result.status === 'time-limit') {
    process.stderr.write(`peel: warning: time limit reached; the cover is feasible but may not be optimal (gap ${(result.gap * 100).toFixed(2)} %, bound ${result.bound})\n`);
  }
  if (result.status === 'infeasible') {
    const listed = result.uncoveredPeriods.slice(0, 20).map(periodName).join(', ');
    const more = result.uncoveredPeriods.length > 20 ? ` and ${result.uncoveredPeriods.length - 20} more` : '';
    process.stderr.write(`peel: infeasible: officers are required but no shift covers ${listed}${more}\n`);
    process.exitCode = 1;
  }
}

/** Commander parser for --time-limit: seconds > 0. */
export function seconds(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) throw new InvalidArgumentError(`expected a number of seconds > 0, got "${value}"`);
  return number;
}

/** A table of rows of cells under a header: the first column (names) left-aligned, the numbers right-aligned. */
export function table(header: string[], rows: (string | number)[][]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((row) => row[c]!.length)));
  return cells.map((row) => row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}
