/**
 * `peel rota cover | solve`: least-cost shift covers of a requirement per period, solved to integer
 * optimality by HiGHS (in a worker thread) through @peel/engine's rota module.
 */
import type { Command } from 'commander';
import { registerRotaCoverCommand } from './rota-cover';
import { registerRotaSolveCommand } from './rota-solve';

/** Registers `peel rota …`. */
export function registerRotaCommands(program: Command): void {
  const rota = program.command('rota').description('rota optimisation: cover a requirement per period with shifts at least cost (HiGHS)');
  registerRotaCoverCommand(rota);
  registerRotaSolveCommand(rota);
}
