/** A refusal the server logs as `access-denied` in the audit log before answering. */
import { DomainError } from '@peel/domain';

/** What was refused, for the audit entry. */
export interface Denial {
  entityType: string;
  entityId: string | null;
  reason: string;
}

/**
 * FORBIDDEN (403) for a role or scope refusal; NOT_FOUND (404) for a restricted record, whose
 * existence is itself sensitive (a public-protection case), so the caller cannot tell it from a
 * missing one. Either way the error handler appends an `access-denied` audit entry.
 */
export class AccessDeniedError extends DomainError {
  constructor(
    readonly denial: Denial,
    options: { hidden?: boolean } = {},
  ) {
    super(
      options.hidden ? 'NOT_FOUND' : 'FORBIDDEN',
      options.hidden ? `${denial.entityType} ${denial.entityId ?? ''} does not exist`.replace(/ +$/, '') : `access denied: ${denial.reason}`,
    );
    this.name = 'AccessDeniedError';
  }
}
