/**
 * Builds the web app (apps/web → apps/web/dist) with Vite's JS API when the build is missing or
 * older than any of its sources (index.html, vite.config.ts, package.json, src/** but tests). Vite is loaded
 * only when a build is needed, so a start with a fresh build costs a few file stats. Builds are
 * serialised across processes by a lock directory (parallel browser-test files, or a test run
 * beside `npm start`), and a process that waited re-checks before building again.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's folder in this repository. */
export const WEB_DIR = fileURLToPath(new URL('../../../web', import.meta.url));

/** Whether `distDir` needs building from `webDir`, and why. */
export function webBuildStatus(webDir: string, distDir = path.join(webDir, 'dist')): { stale: boolean; reason: string } {
  let built: number;
  try {
    built = statSync(path.join(distDir, 'index.html')).mtimeMs;
  } catch {
    return { stale: true, reason: 'not built yet' };
  }
  const sources = ['index.html', 'vite.config.ts', 'package.json'].map((file) => path.join(webDir, file));
  for (const file of readdirSync(path.join(webDir, 'src'), { recursive: true, encoding: 'utf8' })) {
    // Unit tests are not part of the bundle.
    if (!/\.test\.tsx?$/.test(file)) sources.push(path.join(webDir, 'src', file));
  }
  for (const file of sources) {
    const stats = statSync(file, { throwIfNoEntry: false });
    if (stats?.isFile() && stats.mtimeMs > built) return { stale: true, reason: `${path.relative(webDir, file)} changed since the last build` };
  }
  return { stale: false, reason: 'up to date' };
}

/** Builds when stale; returns what happened and how long it took. */
export async function ensureWebBuild(webDir = WEB_DIR, distDir = path.join(webDir, 'dist')): Promise<{ built: boolean; reason: string; ms: number }> {
  if (!webBuildStatus(webDir, distDir).stale) return { built: false, reason: 'up to date', ms: 0 };
  const release = await acquireLock(`${distDir}.build-lock`);
  try {
    const status = webBuildStatus(webDir, distDir);
    if (!status.stale) return { built: false, reason: 'built meanwhile by another process', ms: 0 };
    const started = performance.now();
    const { build } = await import('vite');
    await build({ configFile: path.join(webDir, 'vite.config.ts'), root: webDir, logLevel: 'error', build: { outDir: distDir, emptyOutDir: true } });
    return { built: true, reason: status.reason, ms: Math.round(performance.now() - started) };
  } finally {
    release();
  }
}

/** A build takes seconds; a lock older than this was left by a killed process. */
const STALE_LOCK_MS = 120_000;

/** Takes the lock directory (mkdir is atomic), waiting for another holder; returns the release. */
async function acquireLock(lock: string): Promise<() => void> {
  for (;;) {
    try {
      mkdirSync(lock);
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const age = Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
