/**
 * `peel serve [--port 3000] [--host 127.0.0.1]`: migrates the configured database (PGlite by
 * default, DATABASE_URL for PostgreSQL), starts the HTTP API and prints its URL; SIGINT or SIGTERM
 * shut it down gracefully (event streams ended, requests in flight given 5 s, the database closed —
 * PGlite would otherwise keep the process alive). A second signal exits at once.
 */
import type { Command } from 'commander';
import { getConfig } from '@peel/config';
import { closeServer, createServer, resolveTokenSecret } from '@peel/server';
import { describeDatabase, withDatabase } from '../with-database';

/** How long requests in flight get to finish on shutdown. */
const SHUTDOWN_GRACE_MS = 5000;

interface Options {
  port?: string;
  host?: string;
}

/** Registers `peel serve`. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('run the HTTP API (OpenAPI at /api/docs) on the configured database until SIGINT/SIGTERM')
    .option('--port <port>', 'TCP port, 0 for any free one (default: PORT or 3000)')
    .option('--host <address>', 'address to bind (default: PEEL_HOST or 127.0.0.1)')
    .action(async (options: Options) => {
      const config = getConfig();
      const port = options.port === undefined ? config.server.port : Number(options.port);
      if (options.port !== undefined && !(/^\d+$/.test(options.port) && port <= 65_535)) {
        process.stderr.write(`peel: --port must be a whole number from 0 to 65535, got ${JSON.stringify(options.port)}\n`);
        process.exitCode = 1;
        return;
      }
      const host = options.host ?? config.server.host;
      const secret = await resolveTokenSecret(config.server.tokenSecret);
      await withDatabase(config, async (database) => {
        const app = await createServer({ config, database, tokenSecret: secret });
        const stopped = waitForSignal();
        const address = await app.listen({ port, host });
        const lines = [`peel: serving the API at ${address} (OpenAPI: ${address}/api/docs) on ${describeDatabase(config)}`];
        if (secret.file) {
          lines.push(
            `peel: session tokens are signed with the ${secret.generated ? 'newly generated' : 'generated'} secret in ${secret.file}; ` +
              'set PEEL_TOKEN_SECRET to share one between server instances (required when NODE_ENV=production)',
          );
        }
        process.stdout.write(`${lines.join('\n')}\n`);
        const signal = await stopped;
        process.stdout.write(`peel: ${signal} received, shutting down\n`);
        await closeServer(app, SHUTDOWN_GRACE_MS);
      });
      process.stdout.write('peel: stopped\n');
    });
}

/** Resolves with the first SIGINT/SIGTERM; a second one exits at once (130, as shells do for ^C). */
export function waitForSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      process.once('SIGINT', () => process.exit(130));
      process.once('SIGTERM', () => process.exit(130));
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}
