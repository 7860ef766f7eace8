/** `peel import …`: streaming importers from @peel/ingest. Each importer registers its own sub-command. */
import type { Command } from 'commander';
import { registerImportBoundariesCommand } from './import-boundaries';

/** Registers `peel import …`. */
export function registerImportCommands(program: Command): void {
  const group = program.command('import').description('import data.police.uk crime, calls for service and boundaries (idempotent, all-or-nothing per file)');
  registerImportBoundariesCommand(group);
}
