// Lint rules, including the architecture's dependency rule (DESIGN.md):
// packages/model, engine and domain are pure — no database, HTTP framework, React,
// node:fs or process.env. Time, randomness and ids come in as parameters or ports.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const impureModules = [
  { group: ['pg', 'pg-*', 'postgres', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*', 'kysely', 'pg-boss', 'better-sqlite3', 'mysql2'], message: 'pure packages may not import a database driver (dependency rule, DESIGN.md).' },
  { group: ['@peel/db', '@peel/db/*', '@peel/ingest', '@peel/ingest/*', '@peel/server', '@peel/cli', '@peel/web', '@peel/config'], message: 'pure packages may not import adapters or apps (dependency rule, DESIGN.md).' },
  { group: ['fastify', 'fastify/*', '@fastify/*', 'express', 'http', 'https', 'http2', 'node:http', 'node:https', 'node:http2', 'undici', 'axios', 'node-fetch'], message: 'pure packages may not import an HTTP framework or client (dependency rule, DESIGN.md).' },
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*', 'maplibre-gl'], message: 'pure packages may not import UI code (dependency rule, DESIGN.md).' },
  { group: ['fs', 'fs/*', 'node:fs', 'node:fs/*'], message: 'pure packages may not touch the file system: take text or data as parameters (dependency rule, DESIGN.md).' },
  { group: ['process', 'node:process'], message: 'pure packages may not use process (env, argv, exit): take values as parameters (dependency rule, DESIGN.md).' },
];

// Ways round the import rules: a dynamic import(), or reaching process through globalThis.
const evasions = [
  { selector: 'ImportExpression', message: 'pure packages may not import dynamically: the dependency rule must be checkable (DESIGN.md).' },
  { selector: "MemberExpression[object.name='globalThis'][property.name='process']", message: 'pure packages may not use process (dependency rule, DESIGN.md).' },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', '.peel/**', 'apps/web/dist/**', 'packages/db/migrations/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Config is parsed once at start-up (packages/config); nothing else reads the environment.
      'no-restricted-properties': ['error', { object: 'process', property: 'env', message: 'read configuration through @peel/config, never process.env directly.' }],
      'no-restricted-imports': ['error', { paths: [{ name: 'process', importNames: ['env'], message: 'read configuration through @peel/config.' }, { name: 'node:process', importNames: ['env'], message: 'read configuration through @peel/config.' }] }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[object.object.name='globalThis'][object.property.name='process'][property.name='env']", message: 'read configuration through @peel/config, never process.env directly.' }],
    },
  },
  {
    files: ['packages/config/src/**/*.ts', 'vitest.config.ts', '**/*.config.ts'],
    rules: { 'no-restricted-properties': 'off', 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['packages/model/src/**/*.ts', 'packages/engine/src/**/*.ts', 'packages/domain/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: impureModules }],
      'no-restricted-globals': ['error', { name: 'process', message: 'pure packages may not use process (env, argv, exit): take values as parameters.' }],
      'no-restricted-syntax': ['error', ...evasions],
    },
  },
  {
    // Adapters (db, ingest) may touch files and databases but never HTTP or UI code.
    files: ['packages/db/src/**/*.ts', 'packages/ingest/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'process', importNames: ['env'], message: 'read configuration through @peel/config.' }, { name: 'node:process', importNames: ['env'], message: 'read configuration through @peel/config.' }],
          patterns: impureModules.filter((rule) => rule.message.includes('HTTP') || rule.message.includes('UI')),
        },
      ],
    },
  },
  {
    // Tests of pure packages may read fixture files; the code under test still may not.
    files: ['packages/{model,engine,domain}/src/test-fixtures.ts', 'packages/model/src/**/*.test.ts', 'packages/engine/src/**/*.test.ts', 'packages/domain/src/**/*.test.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: impureModules.filter((rule) => !rule.group.includes('node:fs')) }] },
  },
);
