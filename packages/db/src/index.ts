/**
 * @peel/db: Peel's storage. Opens PGlite or PostgreSQL, applies the migrations, and implements
 * the domain's repository ports with drizzle.
 */
export { createBoundaryRepository } from './boundary-repository';
export type { Database, DatabaseConfig, DatabaseHandle, PgliteHandle, PostgresHandle, Transaction } from './database';
export { createDemandQueries } from './create-demand-queries';
export { createDemandRepository, type DemandRepositoryOptions } from './demand-repository';
export { ImportError, type ImportErrorCode } from './import-error';
export { MIGRATIONS_FOLDER, migrate } from './migrate';
export { createModelRepository } from './model-repository';
export { openDatabase } from './open-database';
export { queryRows } from './query-rows';
export * as schema from './schema';
export { FASTEST_WRITE_METHOD, type RowWriteMethod } from './write-method';
