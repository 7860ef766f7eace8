/**
 * `peel start` end to end on the synthetic demo force (the path taken without the shared data, and
 * kept fast here): it loads the force, books units, creates the demo users with a password kept in a
 * 0600 file, serves the web app and the API on that force, and training mode raises calls. A second
 * start on the same database adds nothing (idempotent imports, units and users kept) and is quicker.
 */
import { spawn } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScratchDatabase } from '@peel/db/testing';
import { REPO_ROOT } from '../run-peel';
import { privateEnvironment } from './peel-process.fixtures';

const BIN = path.join(REPO_ROOT, 'apps/cli/bin/peel.js');
let env: Record<string, string>;
let dir: string;
let scratch: ScratchDatabase | undefined;

beforeAll(async () => {
  ({ env, dir, scratch } = await privateEnvironment('peel-start-'));
});
afterAll(async () => {
  await scratch?.drop();
});

/**
 * Runs `peel start` until it prints "ready" and `until(stdout)` holds, runs `whileRunning` against
 * its URL, then sends SIGTERM and waits for the exit.
 */
async function runStart(args: string[], until: (stdout: string) => boolean, whileRunning: (url: string, password: string) => Promise<void> = async () => undefined) {
  // The child reads its own environment; this only passes it on.
  // eslint-disable-next-line no-restricted-properties
  const child = spawn(process.execPath, [BIN, 'start', '--force', 'synthetic', '--port', '0', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seen = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (/peel: ready in/.test(stdout) && /password: /.test(stdout) && until(stdout)) resolve();
    });
    child.on('exit', (code) => reject(new Error(`peel start exited (${code}):\n${stdout}\n${stderr}`)));
  });
  let ready: RegExpExecArray | null;
  let password: RegExpExecArray | null;
  try {
    await seen;
    ready = /peel: ready in ([\d.]+) s: .* at (http:\/\/\S+)/.exec(stdout);
    password = /password: (\S+)/.exec(stdout);
    if (!ready || !password) throw new Error(`peel start printed no URL or password:\n${stdout}`);
    await whileRunning(ready[2]!, password[1]!);
  } finally {
    child.kill('SIGTERM');
  }
  const code = await exited;
  return { stdout, stderr, code, password: password[1]!, readySeconds: Number(ready[1]) };
}

describe('peel start', () => {
  it('starts the demo force with users, units, the web app and training calls; a second start adds nothing', async () => {
    const first = await runStart(
      ['--speed', '600'],
      (stdout) => /training call 1:/.test(stdout),
      async (url, password) => {
        const page = await fetch(`${url}/control-room`, { headers: { accept: 'text/html' } });
        expect(page.status).toBe(200);
        expect(await page.text()).toContain('<div id="root"></div>');
        const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'controller', password }) });
        expect(login.status).toBe(200);
        const { token } = (await login.json()) as { token: string };
        const force = await fetch(`${url}/api/force`, { headers: { authorization: `Bearer ${token}` } });
        expect(await force.json()).toMatchObject({ id: 'peelshire', name: 'Peelshire Constabulary (synthetic)' });
      },
    );
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`synthetic demo force: data generated in ${path.join(dir, 'demo-force')} (seed 1)`);
    expect(first.stdout).toMatch(/model peelshire \(Peelshire Constabulary \(synthetic\)\): stored/);
    expect(first.stdout).toMatch(/crime: 3 file\(s\): 9000 record\(s\) imported now \(0 row\(s\) rejected\); 0 file\(s\) imported before/);
    expect(first.stdout).toMatch(/units on duty: \d+ \(booked now\)/);
    expect(first.stdout).toContain('call-handler, controller, response-officer, pcso, investigator, supervisor, analyst, admin');
    expect(first.stdout).toMatch(/training call 1: .+, grade \d, (north|south) \(\S+\) → incident-/);
    expect(first.stdout).toMatch(/peel: stopped\n$/);
    const passwordFile = path.join(dir, 'demo-password');
    expect(readFileSync(passwordFile, 'utf8').trim()).toBe(first.password);
    expect(statSync(passwordFile).mode & 0o777).toBe(0o600);

    const second = await runStart(['--no-training'], () => true);
    expect(second.code).toBe(0);
    expect(second.password).toBe(first.password);
    expect(second.stdout).toMatch(/model peelshire .*: already stored/);
    expect(second.stdout).toContain('crime: 3 file(s), all imported before');
    expect(second.stdout).toMatch(/units on duty: \d+\n/);
    expect(second.stdout).not.toContain('created now');
    expect(second.stdout).not.toContain('training mode:');
    process.stdout.write(`peel start: first ready in ${first.readySeconds} s, second in ${second.readySeconds} s\n`);
  }, 240_000);
});
