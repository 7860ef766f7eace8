/**
 * Peel's configuration: the one place that reads the environment (STYLE.md, "Config parsed once").
 * Every variable is documented in {@link CONFIG_VARIABLES} and in the README.
 */
import path from 'node:path';
import { z } from 'zod';

/** Every environment variable Peel reads, with what it means and its default. */
export const CONFIG_VARIABLES = {
  DATABASE_URL:
    'PostgreSQL connection string (e.g. postgres://postgres@127.0.0.1:5432/test). Unset: use the embedded PGlite database.',
  PEEL_DATA_DIR: 'Directory of the embedded PGlite database. Default: ./.peel/data (ignored when DATABASE_URL is set).',
  PEEL_SHARED_DATA:
    'Directory holding real public data (data.police.uk CSVs, ONS boundary GeoJSON). Default: ../shared/data. Peel works without it.',
} as const;

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'expected a postgres:// or postgresql:// URL')
  .refine((value) => URL.canParse(value), 'expected a well-formed URL');

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PEEL_DATA_DIR: z.string().trim().min(1, 'expected a directory path').default('.peel/data'),
  PEEL_SHARED_DATA: z.string().trim().min(1, 'expected a directory path').default('../shared/data'),
});

/** The typed configuration every app receives. Paths are absolute. */
export interface Config {
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  sharedDataDir: string;
}

/** Thrown by {@link parseConfig}; lists every bad variable with the reason. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/**
 * Parses an environment into a {@link Config}. Empty strings count as unset.
 * @param env the environment, normally `process.env`
 * @param cwd the directory relative paths resolve against
 */
export function parseConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const present = Object.fromEntries(
    Object.keys(CONFIG_VARIABLES).flatMap((key) => {
      const value = env[key];
      return value === undefined || value.trim() === '' ? [] : [[key, value]];
    }),
  );
  const result = schema.safeParse(present);
  if (!result.success) {
    throw new ConfigError(
      result.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '(environment)');
        return `${name}: ${issue.message} (${CONFIG_VARIABLES[name as keyof typeof CONFIG_VARIABLES] ?? ''})`;
      }),
    );
  }
  const values = result.data;
  return {
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(cwd, values.PEEL_DATA_DIR) },
    sharedDataDir: path.resolve(cwd, values.PEEL_SHARED_DATA),
  };
}

let cached: Config | undefined;

/**
 * The process's configuration, parsed from `process.env` on first use.
 * On bad configuration it prints every problem and exits with code 78 (EX_CONFIG).
 */
export function getConfig(): Config {
  if (cached) return cached;
  try {
    cached = parseConfig(process.env, process.cwd());
    return cached;
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`peel: ${error.message}\n`);
    process.exit(78);
  }
}
