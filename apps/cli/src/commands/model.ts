import type { Command } from 'commander';

/** Registers `peel model …`. */
export function registerModelCommands(program: Command): void {
  program.command('model').description('validate and inspect policing-model files');
}
