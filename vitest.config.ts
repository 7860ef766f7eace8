import { defineConfig } from 'vitest/config';

// One test run covers every workspace. Tests run in UTC with fixed seeds (STYLE.md).
export default defineConfig({
  test: {
    include: ['packages/*/src/**/*.test.ts', 'apps/*/src/**/*.test.ts', 'tests/**/*.test.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
