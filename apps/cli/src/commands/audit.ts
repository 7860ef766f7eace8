/**
 * `peel audit verify [--json]`: walks the audit log's hash chain. Exit 0 and
 * "audit log intact: N entries" (with the last entry's hash, to record elsewhere: only an
 * outside copy reveals a cut-off tail), or exit 1 naming the first bad seq and why — a gap
 * (a deleted entry), a broken link (an entry rewritten with a fresh hash, or inserted) or a hash
 * mismatch (an entry changed).
 */
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { createAuditRepository } from '@peel/db';
import { withDatabase } from '../with-database';

/** Registers `peel audit …`. */
export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the DPA 2018 s.62 audit log: append-only and hash-chained');
  audit
    .command('verify')
    .description('check every entry of the audit log against its hash and its predecessor; exit 1 at the first bad one')
    .option('--json', 'print { intact, entries, head } or { intact: false, entries, seq, fault, message }')
    .action(async (options: { json?: boolean }) => {
      const report = await withDatabase(getConfig(), (database) => createAuditRepository(database.db).verify());
      if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
      if (report.intact) {
        if (!options.json) {
          process.stdout.write(`audit log intact: ${report.entries} ${report.entries === 1 ? "entry" : "entries"}\n`);
          if (report.head) process.stdout.write(`last entry: seq ${report.head.seq}, hash ${report.head.hash}\n`);
        }
        return;
      }
      const before = report.entries === 1 ? '1 earlier entry verifies' : `${report.entries} earlier entries verify`;
      process.stderr.write(`peel: audit log broken at seq ${report.seq} (${report.fault}): ${report.message}; ${before}\n`);
      process.exitCode = 1;
    });
}
