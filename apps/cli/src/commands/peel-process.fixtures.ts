/**
 * Test helpers for the server commands: the real `peel` binary with standard input, and as a
 * long-running child (`peel serve`), on a private database of the configured backend.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConfig } from '@peel/config';
import { createScratchDatabase, type ScratchDatabase } from '@peel/db/testing';
import { REPO_ROOT } from '../run-peel';

const BIN = path.join(REPO_ROOT, 'apps/cli/bin/peel.js');

/** An environment for one test file: a fresh PGlite directory, or a scratch PostgreSQL database; a private token secret file. */
export async function privateEnvironment(prefix: string): Promise<{ env: Record<string, string>; dir: string; scratch?: ScratchDatabase }> {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const { database } = getConfig();
  const common = { PEEL_TOKEN_SECRET_FILE: path.join(dir, 'token-secret'), PEEL_LOG_LEVEL: 'warn' };
  if (database.kind === 'postgres') {
    const scratch = await createScratchDatabase(database.url);
    return { env: { ...common, DATABASE_URL: scratch.url }, dir, scratch };
  }
  return { env: { ...common, PEEL_DATA_DIR: path.join(dir, 'data') }, dir };
}

/** Runs `peel <args>` to completion with `input` on standard input. */
export function runPeelWithInput(args: string[], input: string, env: Record<string, string>): { code: number | null; stdout: string; stderr: string } {
  // The child parses its own environment; this only passes it on.
  // eslint-disable-next-line no-restricted-properties
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, input, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A running `peel serve`. */
export interface ServeProcess {
  child: ChildProcessWithoutNullStreams;
  /** Everything written to standard output so far. */
  stdout: () => string;
  /** Resolves with the base URL once the server prints it. */
  url: Promise<string>;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

/** Starts `peel serve <args>`. */
export function startServe(args: string[], env: Record<string, string>): ServeProcess {
  // eslint-disable-next-line no-restricted-properties
  const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = /serving the API at (http:\/\/\S+) /.exec(stdout);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('exit', (code) => reject(new Error(`peel serve exited (${code}) before serving:\n${stdout}\n${stderr}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => stdout, url, exited };
}
