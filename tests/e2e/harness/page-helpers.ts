/**
 * Helpers every browser test uses: sign in as a role, check accessibility with axe-core, save a
 * screenshot, and measure the initial page load with the Performance API.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Role } from '@peel/server';
import { currentPeel } from './peel-under-test';

const require = createRequire(import.meta.url);

/** Where screenshots go (gitignored). */
export const SCREENSHOT_DIR = path.resolve('test-results/screenshots');

/**
 * Signs in through the login page as the demo user of `role` (username = role) on this file's
 * Peel and waits for the signed-in shell (the main navigation). Starts from `startPath` (default
 * `/`), where the app returns after sign-in.
 */
export async function login(page: Page, role: Role, startPath = '/'): Promise<void> {
  const peel = currentPeel();
  await page.goto(`${peel.url}${startPath}`);
  await page.getByLabel('Username').fill(role);
  await page.getByLabel('Password').fill(peel.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}

/** One axe-core violation, as printed. */
export interface AccessibilityViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/**
 * Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the page as it is and fails on any serious or
 * critical violation, printing each; minor and moderate ones are printed as notes. axe is evaluated
 * in the page over the DevTools protocol, which the page's Content-Security-Policy does not block.
 */
export async function checkAccessibility(page: Page, label: string): Promise<AccessibilityViolation[]> {
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const violations = (await page.evaluate(`
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }, resultTypes: ['violations'] })
      .then((result) => result.violations.map((v) => ({ id: v.id, impact: v.impact ?? null, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })))
  `)) as AccessibilityViolation[];
  const blocking = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  for (const violation of violations) {
    const tag = blocking.includes(violation) ? 'FAIL' : 'note';
    process.stdout.write(`axe ${tag} [${label}] ${violation.impact}: ${violation.id} — ${violation.help} (${violation.nodes.join('; ')})\n`);
  }
  if (blocking.length > 0) throw new Error(`${label}: ${blocking.length} serious or critical accessibility violation(s): ${blocking.map((violation) => violation.id).join(', ')}`);
  return violations;
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png and returns the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Navigation timing of the page's last full load (Performance API), in milliseconds from navigation start. */
export interface LoadTiming {
  domContentLoaded: number;
  load: number;
  /** Bytes transferred for the document and every resource so far. */
  transferredBytes: number;
  /** The moment `ready` was seen in the page (e.g. the first form rendered), when given. */
  ready?: number;
}

/**
 * Reads the page's navigation timing and prints it as "initial page load". Pass `ready` (a locator
 * wait) to also time when the app had rendered something usable.
 */
export async function printLoadTime(page: Page, label: string, ready?: () => Promise<unknown>): Promise<LoadTiming> {
  if (ready) await ready();
  const timing = (await page.evaluate(`(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const resources = performance.getEntriesByType('resource');
    const bytes = (nav ? nav.transferSize : 0) + resources.reduce((sum, r) => sum + (r.transferSize || 0), 0);
    return { domContentLoaded: nav ? nav.domContentLoadedEventEnd : -1, load: nav ? nav.loadEventEnd : -1, transferredBytes: bytes, now: performance.now() };
  })()`)) as LoadTiming & { now: number };
  const result: LoadTiming = { domContentLoaded: Math.round(timing.domContentLoaded), load: Math.round(timing.load), transferredBytes: timing.transferredBytes, ...(ready ? { ready: Math.round(timing.now) } : {}) };
  process.stdout.write(
    `initial page load [${label}]: DOMContentLoaded ${result.domContentLoaded} ms, load ${result.load} ms${result.ready === undefined ? '' : `, app ready ${result.ready} ms`}, ${(result.transferredBytes / 1024).toFixed(0)} KiB transferred\n`,
  );
  return result;
}
