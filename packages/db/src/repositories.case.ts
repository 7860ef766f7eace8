/**
 * The repository suite shared by every backend (STYLE.md: hono's common.case.test.ts pattern).
 * A test file calls {@link registerRepositoryCases} with a factory for a migrated database.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { DatabaseHandle } from './database';
import { registerDemandRepositoryCases } from './demand-repository.case';
import { registerMigrationCases } from './migrate.case';
import { registerModelRepositoryCases } from './model-repository.case';

/**
 * Registers every repository test against one database, created once for the whole file
 * (a fresh PGlite costs ~4 s) and closed after it.
 * @param name the backend's name, shown in test titles
 * @param createDatabase opens and migrates a database private to this test file
 */
export function registerRepositoryCases(name: string, createDatabase: () => Promise<DatabaseHandle>): void {
  describe(`repositories on ${name}`, () => {
    let handle: DatabaseHandle | undefined;
    const database = (): DatabaseHandle => {
      if (!handle) throw new Error('the test database is not open');
      return handle;
    };
    beforeAll(async () => {
      handle = await createDatabase();
    });
    afterAll(async () => {
      await handle?.close();
    });

    registerMigrationCases(database);
    registerModelRepositoryCases(database);
    registerDemandRepositoryCases(database);
  });
}
