/**
 * `peel serve` on a real socket, on the configured backend: it migrates, prints its URL, answers
 * /health, signs in a user made with `peel user add`, and on SIGTERM ends an open event stream,
 * closes the database and exits 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getConfig } from '@peel/config';
import type { ScratchDatabase } from '@peel/db/testing';
import { privateEnvironment, runPeelWithInput, startServe } from './peel-process.fixtures';

const PASSWORD = 'correct horse battery staple';
let env: Record<string, string>;
let scratch: ScratchDatabase | undefined;

beforeAll(async () => {
  ({ env, scratch } = await privateEnvironment('peel-serve-'));
});
afterAll(async () => {
  await scratch?.drop();
});

describe('peel serve', () => {
  it('serves the API until SIGTERM, then shuts down cleanly', async () => {
    const added = runPeelWithInput(['user', 'add', '--username', 'controller-1', '--role', 'controller', '--area', 'north', '--password-stdin'], `${PASSWORD}\n`, env);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);

    const serve = startServe(['--port', '0'], env);
    const url = await serve.url;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(serve.stdout()).toContain(`(OpenAPI: ${url}/api/docs)`);
    expect(serve.stdout()).toContain('session tokens are signed with the newly generated secret in');

    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', database: getConfig().database.kind });

    const login = await fetch(`${url}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'controller-1', password: PASSWORD }) });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const me = await fetch(`${url}/api/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await me.json()).toMatchObject({ username: 'controller-1', role: 'controller', areaId: 'north' });

    // An open event stream must not keep the server from stopping.
    const stream = await fetch(`${url}/api/events`, { headers: { authorization: `Bearer ${token}` } });
    expect(stream.status).toBe(200);
    const reader = stream.body!.getReader();
    await reader.read();

    serve.child.kill('SIGTERM');
    expect(await serve.exited).toBe(0);
    expect(serve.stdout()).toContain('peel: SIGTERM received, shutting down');
    expect(serve.stdout()).toMatch(/peel: stopped\n$/);
    for (;;) if ((await reader.read()).done) break;
  });

  it('refuses a bad --port, naming it', () => {
    const result = runPeelWithInput(['serve', '--port', 'eighty'], '', env);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('peel: --port must be a whole number from 0 to 65535, got "eighty"\n');
  });
});
