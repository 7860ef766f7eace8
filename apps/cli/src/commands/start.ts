/**
 * `peel start [--force wiltshire] [--speed 10] [--seed 1] [--no-training] [--port 3000] [--host 127.0.0.1]`
 * (what `npm start` runs): everything a newcomer needs, in one command —
 * 1. builds the web app when apps/web/dist is missing or stale (Vite);
 * 2. opens and migrates the configured database (embedded PGlite in PEEL_DATA_DIR, or DATABASE_URL);
 * 3. stores the force's model, real boundaries and crime from the shared data directory — or the
 *    synthetic demo force's generated data when there is none (start-force-data.ts), idempotently;
 * 4. books units on duty from the model's teams if it has none (start-units.ts);
 * 5. creates demo users, one per role, if missing (start-demo-users.ts);
 * 6. serves the API and the web app, on this force;
 * 7. starts training mode: calls from the simulator over the force's demand at `--speed` × real
 *    time, an autopilot for calls nobody takes, units that clear (apps/server/src/training);
 * and prints the URL and the sign-in details. SIGINT/SIGTERM stop it cleanly.
 */
import path from 'node:path';
import type { Command } from 'commander';
import { getConfig, type Config } from '@peel/config';
import { resolveTokenSecret, type TrainingActivity } from '@peel/server';
import { describeDatabase, withDatabase } from '../with-database';
import { numberOption } from './demand-options';
import { waitForSignal } from './serve';
import type { DemoCredentials } from './start-demo-users';
import { resolveForceModel } from './start-force-data';
import { launchPeel } from './start-peel';
import { ensureWebBuild } from './start-web-build';

/** The force `npm start` loads: Wiltshire, the smallest seed force's data. */
export const DEFAULT_START_FORCE = 'wiltshire';

interface StartOptions {
  force: string;
  speed: number;
  seed: number;
  training: boolean;
  port?: string;
  host?: string;
}

/** Registers `peel start`. */
export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('build the web app if needed, load a seed force with its real data (or the synthetic demo force), serve the API and the app, and run training mode')
    .option('--force <id>', 'seed force to load (a model in models/: wiltshire, sussex, kent, staffordshire, north-yorkshire; synthetic for the demo force)', DEFAULT_START_FORCE)
    .option('--speed <x>', 'training mode: simulated minutes per real minute', numberOption('--speed', { min: 0, exclusiveMin: true, max: 1000 }), 10)
    .option('--seed <s>', 'training mode: seed of the simulated calls', numberOption('--seed', { min: 0, max: 2 ** 31, integer: true }), 1)
    .option('--no-training', 'do not generate calls')
    .option('--port <port>', 'TCP port, 0 for any free one (default: PORT or 3000)')
    .option('--host <address>', 'address to bind (default: PEEL_HOST or 127.0.0.1)')
    .action(async (options: StartOptions) => {
      const started = performance.now();
      const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;
      const say = (line: string) => process.stdout.write(`peel: ${line}\n`);
      const config = getConfig();
      const port = options.port === undefined ? config.server.port : Number(options.port);
      if (options.port !== undefined && !(/^\d+$/.test(options.port) && port <= 65_535)) throw new Error(`--port must be a whole number from 0 to 65535, got ${JSON.stringify(options.port)}`);
      const host = options.host ?? config.server.host;
      const stateDir = stateDirectory(config);
      resolveForceModel(options.force, config.sharedDataDir);

      const web = await ensureWebBuild();
      say(web.built ? `web app built in ${(web.ms / 1000).toFixed(1)} s (${web.reason})` : `web app ${web.reason}`);
      const tokenSecret = await resolveTokenSecret(config.server.tokenSecret);
      await withDatabase(config, async (database) => {
        say(`database: ${describeDatabase(config)} (${elapsed()})`);
        const stopped = waitForSignal();
        const peel = await launchPeel({
          config,
          database,
          tokenSecret,
          force: options.force,
          stateDir,
          seed: options.seed,
          port,
          host,
          training: options.training ? { speed: options.speed } : false,
          log: say,
          onActivity: (activity) => describeActivity(activity, say),
        });
        try {
          if (peel.training) {
            const { callsPerHour } = peel.training;
            say(
              `training mode: simulated calls at ${options.speed}× real time from the force's demand (seed ${options.seed}), about ${callsPerHour.toFixed(1)} an hour at this time of the week ` +
                `(one every ${formatSeconds(3600 / Math.max(callsPerHour * options.speed, 1e-9))} of real time); calls nobody grades within 4 simulated minutes are handled by the autopilot`,
            );
          }
          say(`ready in ${elapsed()}: ${peel.force.model.force} at ${peel.address}  (API documentation: ${peel.address}/api/docs)`);
          process.stdout.write(formatCredentials(peel.credentials));
          const signal = await stopped;
          say(`${signal} received, shutting down`);
        } finally {
          await peel.close();
        }
      });
      say('stopped');
    });
}

/** One line per call raised and per step that failed or was refused; unit moves stay quiet. */
function describeActivity(activity: TrainingActivity, say: (line: string) => void): void {
  if (activity.kind === 'call') {
    const { call } = activity;
    say(`training call ${call.sequence}: ${call.callClass.demandTypeName}, grade ${call.callClass.grade}, ${call.callClass.areaId} (${call.callClass.channelId}) → ${activity.incidentId}`);
  } else if (activity.kind === 'failure') say(`training mode: ${activity.what} failed: ${activity.message}`);
  else if (activity.kind === 'skipped') say(`training mode: ${activity.what} refused (${activity.status} ${activity.code})`);
}

function formatSeconds(seconds: number): string {
  return seconds >= 120 ? `${(seconds / 60).toFixed(0)} min` : `${seconds.toFixed(0)} s`;
}

/** Where `peel start` keeps its files (demo password, demo force data): beside the token secret, by default ./.peel. */
function stateDirectory(config: Config): string {
  const source = config.server.tokenSecret;
  return source.kind === 'file' ? path.dirname(path.resolve(source.path)) : path.resolve('.peel');
}

/** The sign-in lines. */
export function formatCredentials(credentials: DemoCredentials): string {
  const lines = ['', 'Sign in as any of these demo users (one per role, force-wide):', `  ${credentials.usernames.join(', ')}`];
  if (credentials.password === undefined) lines.push(`  the password file ${credentials.passwordFile} is missing: set a password with \`peel user add\` or delete the demo users' database to start afresh`);
  else lines.push(`  password: ${credentials.password}   (kept in ${credentials.passwordFile}, mode 0600)`);
  if (credentials.created.length > 0) lines.push(`  created now: ${credentials.created.join(', ')}`);
  return `${lines.join('\n')}\n\n`;
}
