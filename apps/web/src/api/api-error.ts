/**
 * An error from the Peel API, as the server sends it (`{ error: { code, message, field? } }`,
 * apps/server/src/errors), or a failure on the way there (`NETWORK`, `BAD_RESPONSE`) or a
 * justification the user declined to give (`CANCELLED`).
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    /** HTTP status; 0 when no response arrived. */
    readonly status: number,
    /** The server's code (`VALIDATION`, `UNIT_UNAVAILABLE`, …) or `NETWORK`, `BAD_RESPONSE`, `CANCELLED`. */
    readonly code: string,
    message: string,
    /** The field the server named (e.g. `location.lat`, `X-Justification`). */
    readonly field?: string,
  ) {
    super(message);
  }
}

/** The wire shape of every API error (apps/server/src/errors/error-body.ts). */
interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string' && typeof (error as { message?: unknown }).message === 'string';
}

/** The ApiError for a response that is not 2xx: the server's error body, or a plain description when the body is not one. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  if (isErrorBody(parsed)) return new ApiError(response.status, parsed.error.code, parsed.error.message, parsed.error.field);
  return new ApiError(response.status, 'BAD_RESPONSE', `the server answered ${response.status} ${response.statusText || ''}`.trim() + ' without an error description');
}
