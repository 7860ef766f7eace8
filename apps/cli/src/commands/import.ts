/** `peel import …`: streaming importers from @peel/ingest. Each importer registers its own sub-command. */
import type { Command } from 'commander';
import { registerImportBoundariesCommand } from './import-boundaries';
import { registerImportCallsCommand } from './import-calls';
import { registerImportPoliceUkCommand } from './import-police-uk';

/** Registers `peel import …`. */
export function registerImportCommands(program: Command): void {
  const importCommand = program.command('import').description('import data.police.uk crime, calls for service and boundaries (idempotent, all-or-nothing per file)');
  registerImportBoundariesCommand(importCommand);
  registerImportCallsCommand(importCommand);
  registerImportPoliceUkCommand(importCommand);
}
