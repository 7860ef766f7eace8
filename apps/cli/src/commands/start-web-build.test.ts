/** When `peel start` (and the browser tests) rebuild the web app. */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { webBuildStatus } from './start-web-build';

const web = mkdtempSync(path.join(tmpdir(), 'peel-web-'));
afterAll(() => rmSync(web, { recursive: true, force: true }));

/** Writes `file` under the fake web folder with modification time `seconds` (since 1970). */
function write(file: string, seconds: number): void {
  const full = path.join(web, file);
  mkdirSync(path.dirname(full), { recursive: true });
  writeFileSync(full, 'x');
  utimesSync(full, seconds, seconds);
}

describe('webBuildStatus', () => {
  it('is stale until built, fresh after, and stale again when a source (not a test) changes', () => {
    write('index.html', 100);
    write('vite.config.ts', 100);
    write('package.json', 100);
    write('src/main.tsx', 100);
    write('src/pages/a/a-page.tsx', 100);
    expect(webBuildStatus(web)).toEqual({ stale: true, reason: 'not built yet' });
    write('dist/index.html', 200);
    expect(webBuildStatus(web)).toEqual({ stale: false, reason: 'up to date' });
    write('src/pages/a/a-model.test.ts', 300);
    expect(webBuildStatus(web).stale).toBe(false);
    write('src/pages/a/a-page.tsx', 300);
    expect(webBuildStatus(web)).toEqual({ stale: true, reason: `${path.join('src', 'pages', 'a', 'a-page.tsx')} changed since the last build` });
    write('dist/index.html', 400);
    write('vite.config.ts', 500);
    expect(webBuildStatus(web)).toEqual({ stale: true, reason: 'vite.config.ts changed since the last build' });
  });
});
