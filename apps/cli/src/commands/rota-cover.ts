/**
 * `peel rota cover --demand <r1,r2,…> --shift-periods <k> [--cyclic] [--json]`: periods of equal
 * length, each shift covers k consecutive periods (wrapping round when cyclic; otherwise only shifts
 * inside the horizon), every shift costs 1: the fewest officers meeting the demand in every period.
 */
import { InvalidArgumentError, type Command } from 'commander';
import { shiftsAtEveryStart } from '@peel/engine';
import { reportStatus, seconds, solveWithHighs, statusExtras, table } from './rota-output';

/** Registers `peel rota cover`. */
export function registerRotaCoverCommand(rota: Command): void {
  rota
    .command('cover')
    .description('fewest officers covering a demand per period with shifts of k consecutive periods starting at any period')
    .requiredOption('--demand <r1,r2,…>', 'officers needed in each period (whole numbers >= 0), separated by commas', demandList)
    .requiredOption('--shift-periods <k>', 'periods each shift lasts (a whole number, 1 … number of periods)', wholeNumber)
    .option('--cyclic', 'the periods repeat (e.g. the hours of every day): a shift may run on past the last period into the first')
    .option('--time-limit <seconds>', 'stop after this long with the best cover found and its gap (default 30)', seconds)
    .option('--json', 'print { status, officers, starts: [officers starting in each period] } (+ gap at a time limit)')
    .action(async (options: { demand: number[]; shiftPeriods: number; cyclic?: boolean; timeLimit?: number; json?: boolean }) => {
      const periods = options.demand.length;
      if (options.shiftPeriods > periods) throw new Error(`--shift-periods: ${options.shiftPeriods} is longer than the ${periods} periods of --demand`);
      const cyclic = options.cyclic ?? false;
      const shifts = shiftsAtEveryStart({ periods, lengths: [options.shiftPeriods], cyclic });
      const result = await solveWithHighs({ required: options.demand, shifts, ...(options.timeLimit === undefined ? {} : { timeLimitSeconds: options.timeLimit }) });
      const starts = new Array<number>(periods).fill(0);
      result.counts.forEach((count, j) => (starts[shifts[j]!.start] = count));
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ status: result.status, officers: result.status === 'infeasible' ? null : result.officers, starts, ...statusExtras(result) }, null, 2)}\n`);
      } else {
        const title = `rota cover: ${periods} periods, shifts of ${options.shiftPeriods} period(s)${cyclic ? ', cyclic' : ''}: ${result.status}, ${result.officers} officers`;
        const rows = options.demand.map((required, p) => [p, required, result.cover[p] ?? 0, starts[p]!]);
        process.stdout.write(`${title}\n${table(['period', 'required', 'on duty', 'starting'], rows)}\n`);
      }
      reportStatus(result, (period) => `period ${period}`);
    });
}

function demandList(value: string): number[] {
  const parts = value.split(',').map((part) => part.trim());
  return parts.map((part, i) => {
    const number = Number(part);
    if (part === '' || !Number.isSafeInteger(number) || number < 0) throw new InvalidArgumentError(`value ${i + 1} ("${part}") is not a whole number of officers >= 0`);
    return number;
  });
}

function wholeNumber(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError(`expected a whole number >= 1, got "${value}"`);
  return number;
}
