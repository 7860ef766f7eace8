/** `peel queue …`: analytic queueing models from @peel/engine. Each family registers its own sub-commands. */
import type { Command } from 'commander';
import { registerErlangCommands } from './queue-erlang';
import { registerHypercubeCommand } from './queue-hypercube';

/** Registers `peel queue …`. */
export function registerQueueCommands(program: Command): void {
  const queue = program.command('queue').description('queueing models: Erlang B/C/A, staffing, priority classes, hypercube');
  registerErlangCommands(queue);
  registerHypercubeCommand(queue);
}
