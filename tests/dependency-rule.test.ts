/**
 * The dependency rule (DESIGN.md) is enforced by lint: pure packages may not import a database,
 * an HTTP framework, React, node:fs or process.env. These tests lint deliberate violations with
 * the repository's own eslint.config.js, so a config change that stops enforcing the rule fails.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';

const eslint = new ESLint({ cwd: fileURLToPath(new URL('..', import.meta.url)) });

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('dependency rule', () => {
  it.each([
    ['packages/engine/src/bad.ts', "import pg from 'pg';\nexport const x = pg;\n", /no-restricted-imports: 'pg' import is restricted/],
    ['packages/model/src/bad.ts', "import { drizzle } from 'drizzle-orm/pglite';\nexport const x = drizzle;\n", /no-restricted-imports: 'drizzle-orm\/pglite'/],
    ['packages/domain/src/bad.ts', "import Fastify from 'fastify';\nexport const x = Fastify;\n", /no-restricted-imports: 'fastify'/],
    ['packages/domain/src/bad.ts', "import { useState } from 'react';\nexport const x = useState;\n", /no-restricted-imports: 'react'/],
    ['packages/engine/src/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", /no-restricted-imports: 'node:fs'/],
    ['packages/model/src/bad.ts', "import { openDatabase } from '@peel/db';\nexport const x = openDatabase;\n", /no-restricted-imports: '@peel\/db'/],
    ['packages/engine/src/bad.ts', 'export const x = process.env.HOME;\n', /no-restricted-globals: Unexpected use of 'process'/],
    ['packages/db/src/bad.ts', 'export const x = process.env.HOME;\n', /no-restricted-properties: 'process.env' is restricted/],
    ['packages/ingest/src/bad.ts', "import Fastify from 'fastify';\nexport const x = Fastify;\n", /no-restricted-imports: 'fastify'/],
    ['packages/engine/src/bad.ts', "import { env } from 'node:process';\nexport const x = env;\n", /no-restricted-imports: 'node:process'/],
    ['packages/engine/src/bad.ts', 'export const x = globalThis.process.env;\n', /no-restricted-syntax: pure packages may not use process/],
    ['packages/engine/src/bad.ts', "export const x = () => import('pg');\n", /no-restricted-syntax: pure packages may not import dynamically/],
    ['packages/engine/src/bad.ts', "import postgres from 'postgres';\nexport const x = postgres;\n", /no-restricted-imports: 'postgres'/],
    ['packages/domain/src/bad.ts', "import http2 from 'node:http2';\nexport const x = http2;\n", /no-restricted-imports: 'node:http2'/],
    ['apps/cli/src/bad.ts', "import { env } from 'node:process';\nexport const x = env;\n", /no-restricted-imports: 'env' import from 'node:process' is restricted/],
    ['packages/db/src/bad.ts', "import { env } from 'node:process';\nexport const x = env;\n", /no-restricted-imports: 'env' import from 'node:process' is restricted/],
    ['apps/cli/src/bad.ts', 'export const x = globalThis.process.env.HOME;\n', /no-restricted-syntax: read configuration through @peel\/config/],
  ])('%s: rejects %j', async (filePath, code, expected) => {
    const messages = await ruleIds(code, filePath);
    expect(messages.some((message) => expected.test(message))).toBe(true);
  });

  it('allows the same imports where they belong', async () => {
    expect(await ruleIds("import pg from 'pg';\nexport const x = pg;\n", 'packages/db/src/ok.ts')).toEqual([]);
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'packages/ingest/src/ok.ts')).toEqual([]);
    expect(await ruleIds('export const x = process.env.HOME;\n', 'packages/config/src/ok.ts')).toEqual([]);
  });
});
