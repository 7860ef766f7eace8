/**
 * The one error type the domain throws. `code` comes from a closed union; the HTTP layer maps
 * codes to statuses in one table (STYLE.md). `field` names the input at fault when there is one.
 */

/** Every code the domain may throw. Add a code here (and to the HTTP table) rather than inventing strings. */
export const DOMAIN_ERROR_CODES = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'UNIT_UNAVAILABLE',
  'INVALID_TRANSITION',
  'OUTCOME_RULE',
  'RATE_LIMITED',
] as const;

/** One of {@link DOMAIN_ERROR_CODES}. */
export type DomainErrorCode = (typeof DOMAIN_ERROR_CODES)[number];

/** A business-rule failure with a code, a message naming the field, and optionally the field. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
