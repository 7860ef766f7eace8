/** The {@link DemandRepository} port over drizzle: imports, their records, and aggregates. */
import type { DemandRepository } from '@peel/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from './database';
import { countCallsByHourOfWeek, countCrimes, getReconciliation } from './demand-queries';
import { importSummaryColumns } from './import-rows';
import { runImport } from './run-import';
import { importRejections, imports } from './schema';
import type { RowWriteMethod } from './write-method';

/** Options of {@link createDemandRepository}. */
export interface DemandRepositoryOptions {
  /** How imports store records: 'copy' or 'insert'; default the faster on the backend (FASTEST_WRITE_METHOD). For benchmarks and tests. */
  writeMethod?: RowWriteMethod;
}

/** Creates a demand repository on an open, migrated database. */
export function createDemandRepository(db: Database, options: DemandRepositoryOptions = {}): DemandRepository {
  return {
    async findImport(kind, contentHash) {
      const [row] = await db
        .select(importSummaryColumns)
        .from(imports)
        .where(and(eq(imports.kind, kind), eq(imports.contentHash, contentHash)));
      return row;
    },
    runImport: (file, work) => runImport(db, file, work, options.writeMethod),
    listImports: () => db.select(importSummaryColumns).from(imports).orderBy(asc(imports.id)),
    listRejections: (importId) =>
      db
        .select({ line: importRejections.line, column: importRejections.column, reason: importRejections.reason })
        .from(importRejections)
        .where(eq(importRejections.importId, importId))
        .orderBy(asc(importRejections.line), asc(importRejections.id)),
    getReconciliation: (importId) => getReconciliation(db, importId),
    countCrimes: (filter) => countCrimes(db, filter),
    countCallsByHourOfWeek: (options) => countCallsByHourOfWeek(db, options),
  };
}
