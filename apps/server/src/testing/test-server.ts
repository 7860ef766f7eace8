/**
 * A server on a private database for one test file, with a user of every role and their tokens.
 * The database is the configured backend (PGlite in memory by default; a scratch PostgreSQL
 * database with DATABASE_URL), so the same tests run on both.
 */
import { getConfig, parseConfig, type Config } from '@peel/config';
import type { DatabaseHandle, UserRecord } from '@peel/db';
import { createTestDatabase } from '@peel/db/testing';
import { fixedClock, sequentialIds } from '@peel/domain';
import { createUser } from '../auth/create-user';
import { ROLES, type Role } from '../authorization/roles';
import { closeServer } from '../close-server';
import { createServer, type CreateServerOptions } from '../create-server';
import type { PeelServer } from '../routes/peel-server';

/** The password every test user gets (15+ characters). */
export const TEST_PASSWORD = 'correct horse battery staple';

/** A signed-in test user. */
export interface TestUser {
  user: UserRecord;
  token: string;
  /** `{ authorization: 'Bearer …' }`. */
  headers: Record<string, string>;
}

/** What {@link startTestServer} returns. */
export interface TestServer {
  app: PeelServer;
  database: DatabaseHandle;
  config: Config;
  /** The server's clock: advance it to expire tokens. */
  clock: ReturnType<typeof fixedClock>;
  /** One user per role, in area `north` unless the role is analyst or admin (force-wide). */
  users: Record<Role, TestUser>;
  /** Creates another user and signs them in. */
  addUser(input: { username: string; role: Role; areaId?: string | null; restrictedAccess?: boolean }): Promise<TestUser>;
  /** Closes the server, then the database. */
  close(): Promise<void>;
}

/** Options: extra environment for the config (e.g. login limits), and createServer's test hooks. */
export interface TestServerOptions {
  env?: Record<string, string>;
  routes?: CreateServerOptions['routes'];
}

/** Starts a test server (about 4 s on PGlite for the database: one per test file). */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const config = parseConfig({ PEEL_TOKEN_SECRET: 'test-secret-that-is-at-least-32-characters-long', ...options.env }, process.cwd());
  const database = await createTestDatabase(getConfig().database);
  const clock = fixedClock(new Date());
  let app: PeelServer;
  try {
    app = await createServer({ config, database, clock, ids: sequentialIds(), logger: false, routes: options.routes });
  } catch (error) {
    await database.close();
    throw error;
  }
  const addUser: TestServer['addUser'] = async ({ username, role, areaId = 'north', restrictedAccess = false }) => {
    const user = await createUser(app.services, { username, role, areaId, restrictedAccess, password: TEST_PASSWORD }, 'test');
    const { token } = await app.services.tokens.issue(user);
    return { user, token, headers: { authorization: `Bearer ${token}` } };
  };
  const users = {} as Record<Role, TestUser>;
  for (const role of ROLES) users[role] = await addUser({ username: role, role, areaId: role === 'analyst' || role === 'admin' ? null : 'north' });
  return {
    app,
    database,
    config,
    clock,
    users,
    addUser,
    async close() {
      await closeServer(app, 100);
      await database.close();
    },
  };
}
