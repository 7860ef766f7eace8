/** `peel demand …`: demand profiles and hotspots from imported data. */
import type { Command } from 'commander';
import { registerDemandHotspotsCommand } from './demand-hotspots';
import { registerDemandProfileCommand } from './demand-profile';

/** Registers `peel demand …`. */
export function registerDemandCommands(program: Command): void {
  const demand = program.command('demand').description('demand profiles by area, hour of week, type and grade; hotspots');
  registerDemandProfileCommand(demand);
  registerDemandHotspotsCommand(demand);
}
