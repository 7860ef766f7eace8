/** The {@link DemandRepository} port over drizzle: imports, their records, and aggregates. */
import type { DemandRepository } from '@peel/domain';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from './database';
import { countCallsByHourOfWeek, countCrimes, getReconciliation } from './demand-queries';
import { importSummaryColumns } from './import-rows';
import { runImport } from './run-import';
import { importRejections, imports } from './schema';

/** Creates a demand repository on an open, migrated database. */
export function createDemandRepository(db: Database): DemandRepository {
  return {
    async findImport(kind, contentHash) {
      const [row] = await db
        .select(importSummaryColumns)
        .from(imports)
        .where(and(eq(imports.kind, kind), eq(imports.contentHash, contentHash)));
      return row;
    },
    runImport: (file, work) => runImport(db, file, work),
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
