/**
 * `peel rota cover | solve | pattern`: least-cost shift covers of a requirement per period, solved
 * to integer optimality by HiGHS (in a worker thread) through @peel/engine's rota module, and a
 * model's fixed rotating pattern evaluated against an hourly requirement.
 */
import type { Command } from 'commander';
import { registerRotaCoverCommand } from './rota-cover';
import { registerRotaPatternCommand } from './rota-pattern';
import { registerRotaSolveCommand } from './rota-solve';

/** Registers `peel rota …`. */
export function registerRotaCommands(program: Command): void {
  const rota = program.command('rota').description('rota optimisation: cover a requirement per period with shifts at least cost (HiGHS)');
  registerRotaCoverCommand(rota);
  registerRotaSolveCommand(rota);
  registerRotaPatternCommand(rota);
}
