/**
 * The `peel` command. Each sub-command lives in its own file under ./commands and calls the same
 * packages the server does; this file only assembles them.
 */
import { Command } from 'commander';
import { registerModelCommands } from './commands/model';
import { registerGeographyCommands } from './commands/geography';
import { registerQueueCommands } from './commands/queue';
import { registerImportCommands } from './commands/import';
import { registerDemandCommands } from './commands/demand';
import { registerSimulateCommands } from './commands/simulate';
import { registerPlanCommands } from './commands/plan';
import { registerServeCommand } from './commands/serve';
import { registerStartCommand } from './commands/start';
import { registerUserCommands } from './commands/user';
import { registerAuditCommands } from './commands/audit';
import { registerRotaCommands } from './commands/rota';

const program = new Command()
  .name('peel')
  .description('Design, run and evaluate a police force\'s local policing model.')
  .showHelpAfterError();

registerModelCommands(program);
registerGeographyCommands(program);
registerQueueCommands(program);
registerImportCommands(program);
registerDemandCommands(program);
registerSimulateCommands(program);
registerPlanCommands(program);
registerServeCommand(program);
registerStartCommand(program);
registerUserCommands(program);
registerAuditCommands(program);
registerRotaCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Every failure reaches the user as one clear line naming its cause, not a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`peel: ${message}\n`);
  process.exitCode = 1;
}
