/** How an import session stores rows: COPY, or the `unnest` INSERT of ./insert-rows.ts. */
import type { DatabaseHandle } from './database';

/** `copy`: COPY … FROM (./copy-rows.ts). `insert`: one `insert … select * from unnest(…)` per 5,000 rows. */
export type RowWriteMethod = 'copy' | 'insert';

/**
 * The faster method on each backend, measured by apps/cli/src/commands/import-police-uk.bench.ts
 * (`npm run bench`) through the whole import pipeline; see packages/db/README.md for the figures.
 */
export const FASTEST_WRITE_METHOD: Readonly<Record<DatabaseHandle['kind'], RowWriteMethod>> = {
  pglite: 'copy',
  postgres: 'copy',
};
