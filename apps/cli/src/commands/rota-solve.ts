/**
 * `peel rota solve --input <file.json> [--json]`: a general shift cover — periods with a
 * requirement each, shifts with a cost and the periods they cover (file format in
 * rota-solve-input.ts) — solved to least cost.
 */
import type { Command } from 'commander';
import { readRotaSolveInput } from './rota-solve-input';
import { reportStatus, seconds, solveWithHighs, statusExtras, table } from './rota-output';

/** Registers `peel rota solve`. */
export function registerRotaSolveCommand(rota: Command): void {
  rota
    .command('solve')
    .description('least-cost shift cover of a JSON problem: periods with a requirement, shifts with a cost and the periods they cover')
    .requiredOption('--input <file>', 'JSON: { "periods": [{ "required": n }], "shifts": [{ "cost": c, "covers": [period indices] }] } (cost defaults to 1)')
    .option('--time-limit <seconds>', 'stop after this long with the best cover found and its gap (default: the file\'s timeLimitSeconds, else 30)', seconds)
    .option('--json', 'print { status, cost, counts: [officers on each shift] } (+ gap at a time limit, uncoveredPeriods when infeasible)')
    .action(async (options: { input: string; timeLimit?: number; json?: boolean }) => {
      const input = await readRotaSolveInput(options.input);
      if (!input.ok) {
        for (const problem of input.problems) process.stderr.write(`peel: ${problem}\n`);
        process.exitCode = 1;
        return;
      }
      const { problem, periodLabels } = input;
      const result = await solveWithHighs(options.timeLimit === undefined ? problem : { ...problem, timeLimitSeconds: options.timeLimit });
      const periodName = (period: number) => (periodLabels[period] === undefined ? `period ${period}` : `period ${period} (${periodLabels[period]})`);
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ status: result.status, cost: result.status === 'infeasible' ? null : result.cost, counts: result.counts, ...statusExtras(result) }, null, 2)}\n`);
      } else if (result.status !== 'infeasible') {
        const used = problem.shifts.flatMap((shift, j) => (result.counts[j]! > 0 ? [[shift.label ?? `shift ${j}`, shift.cost, result.counts[j]!, shift.covers.join(' ')]] : []));
        const periods = problem.required.map((required, p) => [periodLabels[p] ?? p, required, result.cover[p]!, result.cover[p]! - required]);
        process.stdout.write(
          `rota solve: ${problem.required.length} periods, ${problem.shifts.length} shifts: ${result.status}, cost ${result.cost}, ${result.officers} officers (${result.seconds.toFixed(2)} s)\n` +
            `${table(['shift', 'cost', 'officers', 'covers'], used)}\n\n${table(['period', 'required', 'on duty', 'surplus'], periods)}\n`,
        );
      }
      reportStatus(result, periodName);
    });
}
