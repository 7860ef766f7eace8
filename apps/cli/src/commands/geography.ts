import type { Command } from 'commander';

/** Registers `peel geography …`. */
export function registerGeographyCommands(program: Command): void {
  program.command('geography').description('inspect boundary files and scaffold model geography');
}
