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
  NODE_ENV: 'Set to "production" on a real deployment: PEEL_TOKEN_SECRET then becomes required. Default: unset (development).',
  PORT: 'TCP port `peel serve` listens on (1–65535; `--port` overrides it). Default: 3000.',
  PEEL_HOST: 'Address `peel serve` binds to; 0.0.0.0 to accept connections from other machines (behind a TLS proxy). Default: 127.0.0.1.',
  PEEL_TRUST_PROXY:
    'Whether the client address comes from X-Forwarded-For: "false", "true" (trust every proxy), a hop count, or a comma list of proxy addresses, CIDRs or loopback/linklocal/uniquelocal. Login rate limits key on it. Default: false.',
  PEEL_LOG_LEVEL: 'Server log level: fatal, error, warn, info, debug, trace or silent. Default: info.',
  PEEL_TOKEN_SECRET:
    'Secret (at least 32 characters) that signs session tokens; every server instance must share it. Required when NODE_ENV=production. Unset otherwise: a random secret is generated once and kept in PEEL_TOKEN_SECRET_FILE.',
  PEEL_TOKEN_SECRET_FILE:
    'Where the generated development token secret is kept (mode 0600) when PEEL_TOKEN_SECRET is unset. Default: ./.peel/token-secret.',
  PEEL_TOKEN_TTL_MINUTES: 'Lifetime of a session token in minutes (1–720); POST /api/auth/refresh issues a new one. Default: 15.',
  PEEL_LOGIN_RATE_LIMIT_MAX: 'Login attempts allowed per username and client address in each window (1–1000). Default: 10.',
  PEEL_LOGIN_RATE_LIMIT_WINDOW_MINUTES: 'Length of the login rate-limit window in minutes (1–1440). Default: 15.',
} as const;

const postgresUrl = z
  .string()
  .trim()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), 'expected a postgres:// or postgresql:// URL')
  .refine((value) => URL.canParse(value), 'expected a well-formed URL');

/** A whole number in [min, max], from its decimal text. */
const integerText = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, `expected a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((value) => value >= min && value <= max, `expected a whole number from ${min} to ${max}`);

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const trustProxy = z
  .string()
  .trim()
  .transform((value): boolean | number | string[] => {
    if (value === 'true') return true;
    if (value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    return value.split(',').map((part) => part.trim());
  })
  .refine(
    (value) => !Array.isArray(value) || value.every((part) => /^([0-9a-fA-F.:]+(\/\d{1,3})?|loopback|linklocal|uniquelocal)$/.test(part)),
    'expected true, false, a hop count, or a comma list of addresses, CIDRs or loopback/linklocal/uniquelocal',
  );

const schema = z.object({
  DATABASE_URL: postgresUrl.optional(),
  PEEL_DATA_DIR: z.string().trim().min(1, 'expected a directory path').default('.peel/data'),
  PEEL_SHARED_DATA: z.string().trim().min(1, 'expected a directory path').default('../shared/data'),
  NODE_ENV: z.string().trim().optional(),
  PORT: integerText(1, 65_535).default(3000),
  PEEL_HOST: z.string().trim().min(1).default('127.0.0.1'),
  PEEL_TRUST_PROXY: trustProxy.default(false),
  PEEL_LOG_LEVEL: z.enum(LOG_LEVELS, { error: `expected one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  PEEL_TOKEN_SECRET: z.string().min(32, 'expected at least 32 characters (e.g. `openssl rand -base64 48`)').optional(),
  PEEL_TOKEN_SECRET_FILE: z.string().trim().min(1, 'expected a file path').default('.peel/token-secret'),
  PEEL_TOKEN_TTL_MINUTES: integerText(1, 720).default(15),
  PEEL_LOGIN_RATE_LIMIT_MAX: integerText(1, 1000).default(10),
  PEEL_LOGIN_RATE_LIMIT_WINDOW_MINUTES: integerText(1, 1440).default(15),
});

/** Where session tokens' signing secret comes from: the environment, or a generated file (development only). */
export type TokenSecretSource = { kind: 'value'; value: string } | { kind: 'file'; path: string };

/** What the HTTP server needs (apps/server). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Fastify's `trustProxy`: false, true, a hop count, or proxy addresses. */
  trustProxy: boolean | number | string[];
  logLevel: (typeof LOG_LEVELS)[number];
  tokenSecret: TokenSecretSource;
  tokenTtlSeconds: number;
  loginRateLimit: { max: number; windowSeconds: number };
}

/** The typed configuration every app receives. Paths are absolute. */
export interface Config {
  database: { kind: 'pglite'; dataDir: string } | { kind: 'postgres'; url: string };
  sharedDataDir: string;
  /** NODE_ENV=production: secrets must be given, never generated. */
  production: boolean;
  server: ServerConfig;
}

/** Thrown by {@link parseConfig}; lists every bad variable with the reason. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** "NAME: reason (what NAME means)". */
function problem(name: string, message: string): string {
  return `${name}: ${message} (${CONFIG_VARIABLES[name as keyof typeof CONFIG_VARIABLES] ?? ''})`;
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
    throw new ConfigError(result.error.issues.map((issue) => problem(String(issue.path[0] ?? '(environment)'), issue.message)));
  }
  const values = result.data;
  const production = values.NODE_ENV === 'production';
  // A generated secret is fine on a developer's machine; in production it would differ between
  // instances and silently vanish with the file, so the operator must set one.
  if (production && values.PEEL_TOKEN_SECRET === undefined) {
    throw new ConfigError([problem('PEEL_TOKEN_SECRET', 'required when NODE_ENV=production')]);
  }
  return {
    database: values.DATABASE_URL
      ? { kind: 'postgres', url: values.DATABASE_URL }
      : { kind: 'pglite', dataDir: path.resolve(cwd, values.PEEL_DATA_DIR) },
    sharedDataDir: path.resolve(cwd, values.PEEL_SHARED_DATA),
    production,
    server: {
      port: values.PORT,
      host: values.PEEL_HOST,
      trustProxy: values.PEEL_TRUST_PROXY,
      logLevel: values.PEEL_LOG_LEVEL,
      tokenSecret:
        values.PEEL_TOKEN_SECRET === undefined
          ? { kind: 'file', path: path.resolve(cwd, values.PEEL_TOKEN_SECRET_FILE) }
          : { kind: 'value', value: values.PEEL_TOKEN_SECRET },
      tokenTtlSeconds: values.PEEL_TOKEN_TTL_MINUTES * 60,
      loginRateLimit: { max: values.PEEL_LOGIN_RATE_LIMIT_MAX, windowSeconds: values.PEEL_LOGIN_RATE_LIMIT_WINDOW_MINUTES * 60 },
    },
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
