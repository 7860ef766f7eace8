/**
 * The one table from error codes to HTTP statuses (STYLE.md, "Errors"; after tRPC's
 * `getHTTPStatusCode`). The domain's codes come first; the few below them belong to the HTTP layer
 * itself and are never thrown by the domain. `satisfies` makes a new domain code a compile error
 * here until it has a status.
 */
import type { DomainErrorCode } from '@peel/domain';

/** Codes only the HTTP layer produces. */
export const HTTP_ONLY_ERROR_CODES = ['PAYLOAD_TOO_LARGE', 'UNSUPPORTED_MEDIA_TYPE', 'UNAVAILABLE', 'INTERNAL'] as const;

/** Every code an error response may carry. */
export type ApiErrorCode = DomainErrorCode | (typeof HTTP_ONLY_ERROR_CODES)[number];

/** Status for each code. */
export const HTTP_STATUS_BY_CODE = {
  /** Bad input: a body, query, path or header value (the `field` names it). */
  VALIDATION: 400,
  /** No token, or an expired, tampered or revoked one; a failed login. */
  UNAUTHENTICATED: 401,
  /** Authenticated, but the role or the area/ownership scope does not allow it. */
  FORBIDDEN: 403,
  /** No such record, or a restricted record the caller may not know exists. */
  NOT_FOUND: 404,
  /** A stale version or a duplicate: reload and retry. */
  CONFLICT: 409,
  /** The unit is already committed to a live incident (the database decided). */
  UNIT_UNAVAILABLE: 409,
  /** The record's state does not allow this step (e.g. routing before grading). */
  INVALID_TRANSITION: 409,
  /** Well-formed, but a Home Office outcome rule is not met (the `field` names the element). */
  OUTCOME_RULE: 422,
  /** Too many attempts; `Retry-After` says when to try again. */
  RATE_LIMITED: 429,
  /** The body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE: 413,
  /** The body is not JSON. */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** A dependency (the database) is not answering. */
  UNAVAILABLE: 503,
  /** A fault in Peel; the details are in the server log, never in the response. */
  INTERNAL: 500,
} as const satisfies Record<ApiErrorCode, number>;

/** Every code, for the error schema's enum. */
export const API_ERROR_CODES = Object.keys(HTTP_STATUS_BY_CODE) as [ApiErrorCode, ...ApiErrorCode[]];
