/** The justification a caller gives for reading or disclosing personal data: the `X-Justification` header. */
import { DomainError } from '@peel/domain';
import { z } from 'zod';

/** The header's name as documented; HTTP header names are case-insensitive. */
export const JUSTIFICATION_HEADER = 'X-Justification';

/** The header's value: why this personal data is needed, 10–500 characters. */
export const justificationSchema = z
  .string()
  .trim()
  .min(10, 'give a reason of at least 10 characters')
  .max(500, 'at most 500 characters')
  .describe('Why this personal data is being read or disclosed (DPA 2018 s.62(3)(a)); stored in the audit log. 10–500 characters.');

/** The justification from a request's headers; VALIDATION naming `X-Justification` when absent or unusable. */
export function readJustification(headers: Record<string, string | string[] | undefined>): string {
  const value = headers[JUSTIFICATION_HEADER.toLowerCase()];
  if (value === undefined || value === '') {
    throw new DomainError('VALIDATION', `${JUSTIFICATION_HEADER}: this route reads personal data; send the header with the reason you need it (DPA 2018 s.62)`, JUSTIFICATION_HEADER);
  }
  const parsed = justificationSchema.safeParse(Array.isArray(value) ? value.join(', ') : value);
  if (!parsed.success) throw new DomainError('VALIDATION', `${JUSTIFICATION_HEADER}: ${parsed.error.issues[0]?.message ?? 'invalid'}`, JUSTIFICATION_HEADER);
  return parsed.data;
}
