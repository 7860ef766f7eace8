/** The one table, applied: every domain code and the HTTP layer's own cases. */
import { DomainError, DOMAIN_ERROR_CODES } from '@peel/domain';
import { describe, expect, it } from 'vitest';
import { HTTP_STATUS_BY_CODE } from './error-table';
import { HttpError } from './http-error';
import { toApiError } from './to-api-error';

describe('HTTP_STATUS_BY_CODE', () => {
  it('has a status for every domain code, as documented', () => {
    expect(Object.fromEntries(DOMAIN_ERROR_CODES.map((code) => [code, HTTP_STATUS_BY_CODE[code]]))).toEqual({
      VALIDATION: 400,
      NOT_FOUND: 404,
      CONFLICT: 409,
      FORBIDDEN: 403,
      UNAUTHENTICATED: 401,
      UNIT_UNAVAILABLE: 409,
      INVALID_TRANSITION: 409,
      OUTCOME_RULE: 422,
      RATE_LIMITED: 429,
    });
  });
});

describe('toApiError', () => {
  it('maps a DomainError through the table, keeping message and field', () => {
    expect(toApiError(new DomainError('UNIT_UNAVAILABLE', 'unitId: unit X-1 is committed to incident 7', 'unitId'))).toEqual({
      status: 409,
      body: { error: { code: 'UNIT_UNAVAILABLE', message: 'unitId: unit X-1 is committed to incident 7', field: 'unitId' } },
      isServerFault: false,
    });
    expect(toApiError(new DomainError('OUTCOME_RULE', 'admission: outcome 8 needs an admission', 'admission')).status).toBe(422);
  });

  it('leaves out field when there is none', () => {
    expect(toApiError(new DomainError('NOT_FOUND', 'incident 9 does not exist')).body).toEqual({ error: { code: 'NOT_FOUND', message: 'incident 9 does not exist' } });
  });

  it('maps an HttpError through the same table', () => {
    expect(toApiError(new HttpError('UNAVAILABLE', 'the database does not answer'))).toMatchObject({ status: 503, isServerFault: true });
  });

  it('hides the detail of anything unexpected behind INTERNAL', () => {
    expect(toApiError(new TypeError('cannot read properties of undefined (reading "password_hash")'))).toEqual({
      status: 500,
      body: { error: { code: 'INTERNAL', message: 'internal error' } },
      isServerFault: true,
    });
  });

  it('maps Fastify\'s client errors', () => {
    expect(toApiError({ statusCode: 413, code: 'FST_ERR_CTP_BODY_TOO_LARGE', message: 'Request body is too large' }).body.error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(toApiError({ statusCode: 429, message: 'too many attempts; try again in 1 minute' })).toMatchObject({ status: 429, body: { error: { code: 'RATE_LIMITED' } } });
    expect(toApiError({ statusCode: 400, validation: [{ instancePath: '/location/lat', message: 'must be <= 90' }], validationContext: 'body' }).body).toEqual({
      error: { code: 'VALIDATION', message: 'location.lat: must be <= 90', field: 'location.lat' },
    });
  });
});
