/**
 * The `peel` command. Each sub-command lives in its own file under ./commands and calls the same
 * packages the server does; this file only assembles them.
 */
import { Command } from 'commander';

type Register = (program: Command) => void;

/**
 * Each top-level command's module, loaded only when that command runs: the modules pull in very
 * different weights (the database, the server, the web build, HiGHS), and `peel queue erlang-c`
 * should not pay for `peel start`. `peel --help` (or an unknown command) loads them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  model: async () => (await import('./commands/model')).registerModelCommands,
  geography: async () => (await import('./commands/geography')).registerGeographyCommands,
  queue: async () => (await import('./commands/queue')).registerQueueCommands,
  import: async () => (await import('./commands/import')).registerImportCommands,
  demand: async () => (await import('./commands/demand')).registerDemandCommands,
  simulate: async () => (await import('./commands/simulate')).registerSimulateCommands,
  plan: async () => (await import('./commands/plan')).registerPlanCommands,
  serve: async () => (await import('./commands/serve')).registerServeCommand,
  start: async () => (await import('./commands/start')).registerStartCommand,
  user: async () => (await import('./commands/user')).registerUserCommands,
  audit: async () => (await import('./commands/audit')).registerAuditCommands,
  rota: async () => (await import('./commands/rota')).registerRotaCommands,
};

const program = new Command()
  .name('peel')
  .description('Design, run and evaluate a police force\'s local policing model.')
  .showHelpAfterError();

const requested = process.argv.slice(2).find((argument) => !argument.startsWith('-'));
const loaders = requested !== undefined && Object.hasOwn(COMMANDS, requested) ? [COMMANDS[requested]!] : Object.values(COMMANDS);
for (const register of await Promise.all(loaders.map((load) => load()))) register(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Every failure reaches the user as one clear line naming its cause, not a stack trace.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`peel: ${message}\n`);
  process.exitCode = 1;
}
