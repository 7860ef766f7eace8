/** `peel simulate …`: discrete-event simulation of a force's response (`--model`) and of the M/M/N queue (`mmc`). */
import type { Command } from 'commander';
import { registerSimulateForceOptions } from './simulate-force';
import { registerSimulateMmcCommand } from './simulate-mmc';

/** Registers `peel simulate` and `peel simulate mmc`. */
export function registerSimulateCommands(program: Command): void {
  const simulate = program.command('simulate');
  registerSimulateForceOptions(simulate);
  registerSimulateMmcCommand(simulate);
}
