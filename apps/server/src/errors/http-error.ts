/** An error with one of the HTTP layer's own codes (UNAVAILABLE, PAYLOAD_TOO_LARGE…), for what the domain cannot say. */
import type { ApiErrorCode } from './error-table';

/** Thrown by server code for a failure that is not a business rule (the domain throws DomainError). */
export class HttpError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}
