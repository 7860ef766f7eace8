/**
 * @peel/db: Peel's storage. Opens PGlite or PostgreSQL, applies the migrations, and implements
 * the domain's repository ports with drizzle.
 */
export { AUDIT_APPEND_ONLY_SQL } from './audit-append-only';
export { checkAuditChain } from './audit-chain-check';
export type { AuditAction, AuditChainFault, AuditChainReport, AuditEntry, AuditEntryInput } from './audit-entry';
export { GENESIS_HASH, hashAuditEntry } from './audit-hash';
export { createAuditRepository, type AuditRepository } from './audit-repository';
export { createBoundaryRepository } from './boundary-repository';
export { createCaseRepository } from './case-repository';
export { canonicalJson, type JsonValue } from './canonical-json';
export type { Database, DatabaseConfig, DatabaseHandle, PgliteHandle, PostgresHandle, Transaction } from './database';
export { createDemandQueries } from './create-demand-queries';
export { createDemandRepository, type DemandRepositoryOptions } from './demand-repository';
export { ImportError, type ImportErrorCode } from './import-error';
export { findIncidentDispatchFacts, type IncidentDispatchFacts } from './incident-dispatch-facts';
export { groupCommitTransaction } from './group-commit-transaction';
export { createIncidentHistory } from './incident-history';
export { createIncidentRepository } from './incident-repository';
export { listIncidentQueue, type IncidentQueueQuery, type QueuedAssignment, type QueuedIncident } from './incident-queue';
export { MIGRATIONS_FOLDER, migrate } from './migrate';
export { listen, notify, type ListenOptions } from './notifications';
export { createPlanOverrideRepository } from './plan-override-repository';
export { pingDatabase } from './ping';
export { createModelRepository } from './model-repository';
export { createOnDutyUnitSource, type OnDutyUnitSource, type OnDutyUnitVersions, type VersionedUnit } from './on-duty-unit-source';
export { openDatabase } from './open-database';
export { createOperationsRepositories, type OperationsRepositories } from './operations-repositories';
export { createPerformanceQueries } from './performance-queries';
export { PERSONAL_DATA_COLUMNS, type PersonalDataTable } from './personal-data';
export { postgresErrorOf, UNIQUE_VIOLATION, violatedUniqueConstraint } from './pg-error';
export { createProblemRepository } from './problem-repository';
export { queryRows } from './query-rows';
export * as schema from './schema';
export { createUserRepository, type NewUser, type UserRecord, type UserRepository, type UserRole } from './user-repository';
export { createUnitRepository, type UnitRepositoryOptions } from './unit-repository';
export { createVictimRepository } from './victim-repository';
export { FASTEST_WRITE_METHOD, type RowWriteMethod } from './write-method';
export { listWardIssueIncidents, type WardIssueIncidentQuery } from './ward-issue-incidents';
