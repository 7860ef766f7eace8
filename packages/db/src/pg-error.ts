/**
 * Reading PostgreSQL errors the same way on both drivers. node-postgres and PGlite both raise an
 * error carrying the SQLSTATE `code` and, for constraint violations, the `constraint` name;
 * drizzle 0.45 wraps it in a `DrizzleQueryError` whose `cause` is the driver's error.
 */

/** SQLSTATE 23505: a unique index or constraint refused the row. */
export const UNIQUE_VIOLATION = '23505';

/** The driver's error inside `error` (following `cause`), with its SQLSTATE and constraint. */
export function postgresErrorOf(error: unknown): { code: string; constraint: string | undefined } | undefined {
  for (let current: unknown = error, depth = 0; current !== null && typeof current === 'object' && depth < 5; depth++) {
    const { code, constraint } = current as { code?: unknown; constraint?: unknown };
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** The name of the unique index or constraint `error` violated, or undefined for any other error. */
export function violatedUniqueConstraint(error: unknown): string | undefined {
  const found = postgresErrorOf(error);
  return found?.code === UNIQUE_VIOLATION ? (found.constraint ?? '') : undefined;
}
