/** Test helpers for packages that store data through @peel/db (imported as `@peel/db/testing`). */
export { createScratchDatabase, createTestDatabase, type ScratchDatabase } from './create-test-database';
export { deleteAuditEntry, tamperAuditEntry } from './tamper-audit-log';
