/** Turns anything a request can throw into a status and an error body, through the one table. */
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from '@fastify/type-provider-zod';
import { DomainError } from '@peel/domain';
import { errorBody, type ErrorBody } from './error-body';
import { HttpError } from './http-error';
import { HTTP_STATUS_BY_CODE, type ApiErrorCode } from './error-table';

/** What the error handler sends, and whether it is Peel's fault (then it is logged as an error). */
export interface ApiError {
  status: number;
  body: ErrorBody;
  isServerFault: boolean;
}

function build(code: ApiErrorCode, message: string, field?: string): ApiError {
  const status = HTTP_STATUS_BY_CODE[code];
  return { status, body: errorBody(code, message, field), isServerFault: status >= 500 };
}

/** `a.b.0.c` from a validation issue's `/a/b/0/c`; the request part (`body`, `querystring`…) when the path is empty. */
function fieldOf(instancePath: string, context: string | undefined): string {
  const path = instancePath.split('/').filter(Boolean).join('.');
  return path === '' ? (context ?? 'body') : path;
}

interface FastifyLikeError {
  code?: string;
  statusCode?: number;
  message?: string;
  validation?: { instancePath?: string; message?: string }[];
  validationContext?: string;
}

/**
 * Maps an error to the API's error response:
 * - `DomainError` (or the HTTP layer's `HttpError`) → its code, message and field, status from {@link HTTP_STATUS_BY_CODE};
 * - a request that fails its zod schema → `VALIDATION` naming the first bad field
 *   (`location.lat`, `id`, `x-justification`), the message listing how many more there are;
 * - Fastify's own client errors → `VALIDATION` (malformed JSON: field `body`),
 *   `PAYLOAD_TOO_LARGE`, `UNSUPPORTED_MEDIA_TYPE`, `NOT_FOUND`, `RATE_LIMITED`;
 * - anything else, including a response that fails its own schema → `INTERNAL`, with no detail
 *   leaked (the handler logs it).
 */
export function toApiError(error: unknown): ApiError {
  if (error instanceof DomainError || error instanceof HttpError) return build(error.code, error.message, error.field);
  if (hasZodFastifySchemaValidationErrors(error)) {
    const [first, ...rest] = error.validation;
    const field = fieldOf(first?.instancePath ?? '', (error as FastifyLikeError).validationContext);
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more problem${rest.length === 1 ? '' : 's'})`;
    return build('VALIDATION', `${field}: ${first?.message ?? 'invalid'}${more}`, field);
  }
  if (isResponseSerializationError(error)) return build('INTERNAL', 'internal error: the response did not match its schema');
  const fastify = (typeof error === 'object' && error !== null ? error : {}) as FastifyLikeError;
  const status = fastify.statusCode ?? 500;
  if (Array.isArray(fastify.validation) && fastify.validation.length > 0) {
    const field = fieldOf(fastify.validation[0]?.instancePath ?? '', fastify.validationContext);
    return build('VALIDATION', `${field}: ${fastify.validation[0]?.message ?? 'invalid'}`, field);
  }
  if (fastify.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastify.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
    return build('VALIDATION', `body: ${fastify.message ?? 'not valid JSON'}`, 'body');
  }
  if (status === 413) return build('PAYLOAD_TOO_LARGE', 'the request body is too large');
  if (status === 415) return build('UNSUPPORTED_MEDIA_TYPE', 'the request body must be JSON (Content-Type: application/json)');
  if (status === 404) return build('NOT_FOUND', fastify.message ?? 'not found');
  if (status === 429) return build('RATE_LIMITED', fastify.message ?? 'too many requests');
  if (status >= 400 && status < 500) return build('VALIDATION', fastify.message ?? 'bad request');
  return build('INTERNAL', 'internal error');
}
