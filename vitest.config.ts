import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { parseConfig } from './packages/config/src/index.ts';

// One test run covers every workspace. Tests run in UTC with fixed seeds (STYLE.md).
//
// Tests that need the real public data (../shared/data, or PEEL_SHARED_DATA) live in
// `*.real.test.ts` files. Peel must pass its tests on a machine without that data, so those files
// run only when the directory exists — and this says so loudly when it does not. CI sets
// PEEL_REQUIRE_REAL_DATA=1, which turns a missing directory into a failure instead.
const { sharedDataDir } = parseConfig(process.env, process.cwd());
const hasRealData = existsSync(sharedDataDir);
if (!hasRealData) {
  if (process.env.PEEL_REQUIRE_REAL_DATA === '1') {
    throw new Error(`PEEL_REQUIRE_REAL_DATA=1 but the shared data directory ${sharedDataDir} does not exist (set PEEL_SHARED_DATA)`);
  }
  process.stderr.write(
    `\nNOTE: shared data directory ${sharedDataDir} not found: the real-data tests (*.real.test.ts) are NOT run.\n` +
      '      Set PEEL_SHARED_DATA to the data directory to run them (CI always does).\n\n',
  );
}

export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(hasRealData ? [] : ['**/*.real.test.ts'])],
    env: { TZ: 'UTC' },
    // Vitest's default on a 2-core machine is one worker; most of the suite waits on a child
    // process (the peel binary, PostgreSQL, Chromium), so two keep both cores busy.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
