/**
 * The server serves a built web app: hashed assets cached for good, index.html for the app's own
 * pages (never cached), the API's JSON 404 for everything else, and a Content-Security-Policy that
 * lets the app and MapLibre's blob: worker run but no inline script.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { getConfig, parseConfig } from '@peel/config';
import type { DatabaseHandle } from '@peel/db';
import { createTestDatabase } from '@peel/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeServer } from '../close-server';
import { createServer } from '../create-server';
import type { PeelServer } from '../routes/peel-server';
import { isAppNavigation, resolveWebApp } from './web-app';

const INDEX = '<!doctype html><html lang="en-GB"><head><script type="module" src="/assets/index-abc123.js"></script></head><body><div id="root"></div></body></html>';
const HTML = { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

let distDir: string;
let database: DatabaseHandle;
let app: PeelServer;

beforeAll(async () => {
  distDir = mkdtempSync(path.join(tmpdir(), 'peel-web-dist-'));
  mkdirSync(path.join(distDir, 'assets'));
  writeFileSync(path.join(distDir, 'index.html'), INDEX);
  writeFileSync(path.join(distDir, 'assets', 'index-abc123.js'), 'console.log("peel");\n');
  database = await createTestDatabase(getConfig().database);
  const config = parseConfig({ PEEL_TOKEN_SECRET: 'test-secret-that-is-at-least-32-characters-long' }, process.cwd());
  app = await createServer({ config, database, logger: false, webApp: { distDir } });
});
afterAll(async () => {
  if (app) await closeServer(app, 100);
  await database?.close();
  rmSync(distDir, { recursive: true, force: true });
});

describe('serving the web app', () => {
  it('serves hashed assets publicly with a year-long immutable cache', async () => {
    const response = await app.inject({ method: 'GET', url: '/assets/index-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe('console.log("peel");\n');
    expect(app.registeredRoutes.find((route) => route.id === 'GET /assets/*')?.policy.public).toBe(true);
  });

  it('answers index.html, uncached, for the app\'s pages and deep links', async () => {
    for (const url of ['/', '/login', '/control-room', '/planning/scenarios/2?compare=1']) {
      const response = await app.inject({ method: 'GET', url, headers: HTML });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.body).toBe(INDEX);
    }
  });

  it('keeps the API\'s JSON 404 for API paths, missing assets and non-HTML requests', async () => {
    const cases = [
      { url: '/api/no-such-route', headers: HTML },
      { url: '/assets/missing-xyz.js', headers: HTML },
      { url: '/control-room', headers: { accept: 'application/json' } },
      { url: '/favicon.ico', headers: { accept: 'image/avif,image/webp,*/*' } },
    ];
    for (const { url, headers } of cases) {
      const response = await app.inject({ method: 'GET', url, headers });
      expect(response.statusCode, url).toBe(404);
      expect(response.json(), url).toMatchObject({ error: { code: 'NOT_FOUND' } });
    }
    const post = await app.inject({ method: 'POST', url: '/control-room', headers: HTML, payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it('refuses path traversal out of the assets directory', async () => {
    for (const url of ['/assets/..%2findex.html', '/assets/../index.html', '/assets/%2e%2e/index.html']) {
      const response = await app.inject({ method: 'GET', url });
      expect([400, 403, 404], url).toContain(response.statusCode);
      expect(response.json(), url).toHaveProperty('error.code');
    }
  });

  it('sends a Content-Security-Policy without inline script, allowing blob: workers for MapLibre', async () => {
    const response = await app.inject({ method: 'GET', url: '/control-room', headers: HTML });
    const policy = String(response.headers['content-security-policy']);
    const directives = Object.fromEntries(policy.split(';').map((part) => part.trim().split(/\s+/)).map(([name, ...sources]) => [name, sources]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['script-src-attr']).toEqual(["'none'"]);
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-eval');
    expect(policy).not.toContain('upgrade-insecure-requests');
  });
});

describe('resolveWebApp', () => {
  it('serves nothing when told not to, and names a requested directory without index.html', () => {
    expect(resolveWebApp(false)).toBeUndefined();
    expect(() => resolveWebApp({ distDir: '/nonexistent/dist' })).toThrow('web app: /nonexistent/dist has no index.html (build it with `npx vite build apps/web`)');
  });
});

describe('isAppNavigation', () => {
  it('is a GET or HEAD for HTML outside /api, /health and /assets', () => {
    expect(isAppNavigation({ method: 'GET', url: '/cases?mine=1', headers: HTML })).toBe(true);
    expect(isAppNavigation({ method: 'HEAD', url: '/', headers: HTML })).toBe(true);
    expect(isAppNavigation({ method: 'GET', url: '/api', headers: HTML })).toBe(false);
    expect(isAppNavigation({ method: 'GET', url: '/health', headers: HTML })).toBe(false);
    expect(isAppNavigation({ method: 'DELETE', url: '/cases', headers: HTML })).toBe(false);
    expect(isAppNavigation({ method: 'GET', url: '/cases', headers: {} })).toBe(false);
  });
});
