/** Production ids: `<prefix>-<random UUID v4>` — unguessable, and unique across server instances. */
import { randomUUID } from 'node:crypto';
import type { IdSource } from '@peel/domain';

/** The IdSource the server uses unless told otherwise. */
export const uuidIds: IdSource = { next: (prefix) => `${prefix}-${randomUUID()}` };
