/**
 * `peel user add --username <u> --role <role> [--area <id>] [--restricted-access] --password-stdin`:
 * creates a user (argon2id hash) and records who did it in the audit log. The password is read
 * from standard input only — never from the command line, where it would sit in the shell
 * history and the process list.
 */
import { userInfo } from 'node:os';
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { DomainError } from '@peel/domain';
import { createAuditService, createUser, parseNewUser, PASSWORD_MIN_LENGTH, ROLES, systemClock, uuidIds } from '@peel/server';
import { withDatabase } from '../with-database';

interface AddOptions {
  username?: string;
  role?: string;
  area?: string;
  restrictedAccess?: boolean;
  passwordStdin?: boolean;
  json?: boolean;
}

/** What each field of the user is called on the command line, for error messages. */
const OPTION_OF: Record<string, string> = { username: '--username', role: '--role', areaId: '--area', password: 'the password (standard input)', restrictedAccess: '--restricted-access' };

/** Registers `peel user …`. */
export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('people who sign in to the API: roles, area scope, argon2 passwords');
  user
    .command('add')
    .description(`create a user; the password (at least ${PASSWORD_MIN_LENGTH} characters) comes from standard input`)
    .option('--username <name>', 'sign-in name (case-insensitive)')
    .option('--role <role>', ROLES.join(' | '))
    .option('--area <id>', 'the policing-model area the user works in (default: force-wide)')
    .option('--restricted-access', 'may see restricted records (public protection, vulnerable victims)')
    .option('--password-stdin', 'read the password from standard input (required)')
    .option('--json', 'print { id, username, role, areaId, restrictedAccess }')
    .action(async (options: AddOptions) => {
      if (options.username === undefined) return fail('--username is required');
      if (options.role === undefined) return fail(`--role is required: ${ROLES.join(', ')}`);
      if (!options.passwordStdin) return fail('--password-stdin is required: pipe the password in (it is never taken as an argument)');
      const password = await readStdin();
      const input = { username: options.username, role: options.role, areaId: options.area ?? null, restrictedAccess: options.restrictedAccess === true, password };
      try {
        // Bad options are refused before the database is opened.
        parseNewUser(input);
        const created = await withDatabase(getConfig(), (database) =>
          createUser({ db: database.db, audit: createAuditService({ clock: systemClock }), ids: uuidIds }, input, `cli:${userInfo().username}`),
        );
        const view = { id: created.id, username: created.username, role: created.role, areaId: created.areaId, restrictedAccess: created.restrictedAccess };
        if (options.json) process.stdout.write(`${JSON.stringify(view)}\n`);
        else process.stdout.write(`created user ${view.username} (${view.role}, ${view.areaId === null ? 'force-wide' : `area ${view.areaId}`}${view.restrictedAccess ? ', restricted access' : ''}): ${view.id}\n`);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const option = error.field === undefined ? undefined : OPTION_OF[error.field];
        fail(option === undefined ? error.message : `${option}: ${error.message.replace(/^[\w.]+: /, '')}`);
      }
    });
}

/** All of standard input, less one trailing newline (what `echo` and here-strings add). */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password: ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function fail(message: string): void {
  process.stderr.write(`peel: ${message}\n`);
  process.exitCode = 1;
}
