/** The shape of every error response: `{ "error": { "code", "message", "field"? } }`. */
import { z } from 'zod';
import { API_ERROR_CODES, type ApiErrorCode } from './error-table';

/** The zod schema of an error response (documented once in OpenAPI as `Error`). */
export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.enum(API_ERROR_CODES).describe('stable machine-readable code; the status follows from it'),
      message: z.string().describe('what went wrong, naming the field'),
      field: z.string().optional().describe('the input at fault: a body path such as `location.lat`, a query or path parameter, or a header such as `X-Justification`'),
    }),
  })
  .meta({ id: 'Error' });

/** An error response body. */
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** Builds an error body, leaving `field` out when there is none. */
export function errorBody(code: ApiErrorCode, message: string, field?: string): ErrorBody {
  return { error: field === undefined ? { code, message } : { code, message, field } };
}
