/** Test helper: runs the real `peel` binary as a user would, capturing output and exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/peel.js', import.meta.url));

/** Runs `peel <args>` from the repository root. */
export function runPeel(args: string[], env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  // The child is a separate process: it inherits this environment and parses it itself.
  // eslint-disable-next-line no-restricted-properties
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Makes a new temporary directory; returns a function that writes a file (e.g. a model) into it and returns the file's path. */
export function tempFileWriter(prefix: string): (name: string, text: string) => string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return (name, text) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  };
}
