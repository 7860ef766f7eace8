/** `peel demand …`: demand profiles and hotspots from imported data. */
import type { Command } from 'commander';

/** Registers `peel demand …`. */
export function registerDemandCommands(program: Command): void {
  program.command('demand').description('demand profiles by area, hour of week, type and grade; hotspots');
}
