/**
 * Runs the shared repository suite against the backend the configuration selects: PGlite when
 * DATABASE_URL is unset, PostgreSQL (in a database created for this file) when it is set.
 */
import { getConfig } from '@peel/config';
import { registerRepositoryCases } from './repositories.case';
import { createTestDatabase } from './testing';

const { database } = getConfig();

registerRepositoryCases(database.kind, () => createTestDatabase(database));
