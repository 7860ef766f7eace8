/**
 * `peel plan override add|list|withdraw`: professional-judgement overrides kept in the database
 * with who, when and why (`peel plan --stored-overrides` applies them). Nothing is edited or
 * deleted: `withdraw` records who withdrew an override, when and why. `peel plan` has options of the
 * same names (--model, --scenario, --json), which commander gives to `plan` wherever they stand, so
 * the actions read `optsWithGlobals()`.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { createPlanOverrideRepository } from '@peel/db';
import { DomainError, type StoredPlanOverride } from '@peel/domain';
import { withDatabase } from '../with-database';
import { formatTable, loadModelOption, numberOption } from './demand-options';

/** What each stored field is called on the command line. */
const OPTION_OF: Record<string, string> = { modelId: '--model', areaId: '--area', teamId: '--team', role: '--role', delta: '--delta', reason: '--why', createdBy: '--who', by: '--who', id: '<id>' };

/** A DomainError renamed to the option at fault. */
function optionError(error: unknown): never {
  if (!(error instanceof DomainError)) throw error;
  const option = error.field === undefined ? undefined : OPTION_OF[error.field];
  throw new Error(option === undefined ? error.message : `${option}: ${error.message.replace(/^[\w.]+: /, '')}`, { cause: error });
}

/** Who is at the keyboard, when --who is not given. */
const defaultWho = () => `cli:${userInfo().username}`;

function describe(row: StoredPlanOverride): (string | number)[] {
  return [row.id, row.scenarioId ?? 'base', row.teamId ?? `(area ${row.areaId})`, row.areaId ?? '', row.role, row.delta > 0 ? `+${row.delta}` : row.delta, row.createdBy, row.createdAt.toISOString().slice(0, 16).replace('T', ' '), row.reason, row.withdrawal ? `withdrawn ${row.withdrawal.at.toISOString().slice(0, 10)} by ${row.withdrawal.by}: ${row.withdrawal.reason}` : ''];
}

/** Registers the `override` sub-commands under `peel plan`. */
export function registerPlanOverrideCommands(plan: Command): void {
  const override = plan.command('override').description('overrides kept in the database, with who, when and why (applied by `peel plan --stored-overrides`)');
  override
    .command('add')
    .description('record an override: ± posts to a team\'s role, or to a role in an area where one team has it')
    .option('--model <model.yaml>', 'the policing model')
    .option('--scenario <id>', 'the scenario it belongs to (default: the model as written)')
    .option('--area <id>', 'the area')
    .option('--team <id>', 'the team (needed when several teams have the role in the area)')
    .option('--role <role>', 'the role, e.g. PC')
    .option('--delta <n>', 'posts added (e.g. 2) or taken away (e.g. -2)', numberOption('--delta', { min: -100_000, max: 100_000, integer: true }))
    .option('--who <name>', 'who made it (default: cli:<login>)')
    .option('--why <reason>', 'the reason (required)')
    .option('--json', 'print the stored override as JSON')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<{ model?: string; scenario?: string; area?: string; team?: string; role?: string; delta?: number; who?: string; why?: string; json?: boolean }>();
      if (options.model === undefined) throw new Error('--model: give the policing model the override belongs to');
      if (options.role === undefined) throw new Error('--role: give the role whose posts change');
      if (options.delta === undefined) throw new Error('--delta: give the change in posts, e.g. 2 or -2');
      if (options.why === undefined) throw new Error('--why: give the reason for the override');
      const config = getConfig();
      const model = await loadModelOption(options.model, config.sharedDataDir);
      if (!model) throw new Error('--model: no model');
      if (options.scenario !== undefined && !(model.scenarios ?? []).some((scenario) => scenario.id === options.scenario)) throw new Error(`--scenario: model ${model.id} has no scenario "${options.scenario}"`);
      if (options.team !== undefined && !model.teams.some((team) => team.id === options.team)) throw new Error(`--team: model ${model.id} has no team "${options.team}"`);
      if (options.area !== undefined && !model.geography.areas.some((area) => area.id === options.area)) throw new Error(`--area: model ${model.id} has no area "${options.area}"`);
      const stored = await withDatabase(config, (handle) =>
        createPlanOverrideRepository(handle.db)
          .add({ modelId: model.id, scenarioId: options.scenario ?? null, areaId: options.area ?? null, teamId: options.team ?? null, role: options.role!, delta: options.delta!, reason: options.why!, createdBy: options.who ?? defaultWho() })
          .catch(optionError),
      );
      process.stdout.write(options.json ? `${JSON.stringify(stored)}\n` : `stored override ${stored.id}: ${stored.teamId ?? `area ${stored.areaId}`} ${stored.role} ${stored.delta > 0 ? '+' : ''}${stored.delta} by ${stored.createdBy}\n`);
    });
  override
    .command('list')
    .description('the overrides stored for a model')
    .option('--model <model.yaml>', 'the policing model')
    .option('--all', 'include withdrawn overrides')
    .option('--json', 'print them as JSON')
    .action(async (_options: unknown, command: Command) => {
      const options = command.optsWithGlobals<{ model?: string; all?: boolean; json?: boolean }>();
      if (options.model === undefined) throw new Error('--model: give the policing model');
      const config = getConfig();
      const model = await loadModelOption(options.model, config.sharedDataDir);
      if (!model) throw new Error('--model: no model');
      const rows = await withDatabase(config, (handle) => createPlanOverrideRepository(handle.db).list({ modelId: model.id, includeWithdrawn: options.all === true }));
      if (options.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
      else if (rows.length === 0) process.stdout.write(`no overrides stored for model ${model.id}${options.all ? '' : ' (withdrawn ones: --all)'}\n`);
      else process.stdout.write(`${formatTable(['id', 'scenario', 'team', 'area', 'role', 'delta', 'who', 'when (UTC)', 'why', 'withdrawn'], rows.map(describe))}\n`);
    });
  override
    .command('withdraw <id>')
    .description('withdraw a stored override (kept on record with who withdrew it, when and why)')
    .option('--who <name>', 'who withdraws it (default: cli:<login>)')
    .option('--why <reason>', 'the reason (required)')
    .action(async (id: string, _options: unknown, command: Command) => {
      const options = command.optsWithGlobals<{ who?: string; why?: string }>();
      const number = Number(id);
      if (!Number.isSafeInteger(number) || number < 1) throw new Error(`<id>: expected a stored override id (a whole number), got "${id}"`);
      if (options.why === undefined) throw new Error('--why: give the reason for withdrawing the override');
      const row = await withDatabase(getConfig(), (handle) => createPlanOverrideRepository(handle.db).withdraw({ id: number, by: options.who ?? defaultWho(), reason: options.why! }).catch(optionError));
      process.stdout.write(`withdrew override ${row.id} (${row.teamId ?? `area ${row.areaId}`} ${row.role} ${row.delta > 0 ? '+' : ''}${row.delta})\n`);
    });
}
