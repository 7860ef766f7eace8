/** People who sign in to Peel (table `users`): roles, area scope, argon2 hashes, token versions. */
import { DomainError } from '@peel/domain';
import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from './database';
import { users, type USER_ROLES } from './schema/users';

/** One of the roles of issue 7 (`call-handler`, `controller`, … `admin`). */
export type UserRole = (typeof USER_ROLES)[number];

/** A stored user. `areaId` null is force-wide scope. */
export interface UserRecord {
  id: string;
  username: string;
  /** argon2id PHC string; never leaves the server. */
  passwordHash: string;
  role: UserRole;
  areaId: string | null;
  /** May see restricted records (public protection, vulnerable victims). */
  restrictedAccess: boolean;
  disabled: boolean;
  /** Tokens carrying an older version are refused. */
  tokenVersion: number;
  createdAt: Date;
}

/** What `create` needs; the username is stored as given (callers normalise it). */
export type NewUser = Pick<UserRecord, 'id' | 'username' | 'passwordHash' | 'role' | 'areaId' | 'restrictedAccess'>;

/** The users table. */
export interface UserRepository {
  /** Stores a new user; CONFLICT naming `username` when it is taken. */
  create(user: NewUser): Promise<UserRecord>;
  findById(id: string): Promise<UserRecord | undefined>;
  findByUsername(username: string): Promise<UserRecord | undefined>;
  /** Every user, by username. */
  list(): Promise<UserRecord[]>;
  /** Bumps the token version so every token issued before stops working; returns the new version. */
  revokeTokens(id: string): Promise<number>;
  /** Disables or re-enables sign-in. */
  setDisabled(id: string, disabled: boolean): Promise<void>;
}

const columns = {
  id: users.id,
  username: users.username,
  passwordHash: users.passwordHash,
  role: users.role,
  areaId: users.areaId,
  restrictedAccess: users.restrictedAccess,
  disabled: users.disabled,
  tokenVersion: users.tokenVersion,
  createdAt: users.createdAt,
};

/** Creates the user repository on an open, migrated database (or a transaction). */
export function createUserRepository(db: Database): UserRepository {
  const notFound = (id: string) => new DomainError('NOT_FOUND', `user ${id} does not exist`, 'id');
  return {
    async create(user) {
      const [created] = await db.insert(users).values(user).onConflictDoNothing({ target: users.username }).returning(columns);
      if (!created) throw new DomainError('CONFLICT', `username '${user.username}' is already taken`, 'username');
      return created;
    },
    async findById(id) {
      const [row] = await db.select(columns).from(users).where(eq(users.id, id));
      return row;
    },
    async findByUsername(username) {
      const [row] = await db.select(columns).from(users).where(eq(users.username, username));
      return row;
    },
    list: () => db.select(columns).from(users).orderBy(asc(users.username)),
    async revokeTokens(id) {
      const [row] = await db
        .update(users)
        .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
        .where(eq(users.id, id))
        .returning({ tokenVersion: users.tokenVersion });
      if (!row) throw notFound(id);
      return row.tokenVersion;
    },
    async setDisabled(id, disabled) {
      const updated = await db.update(users).set({ disabled }).where(eq(users.id, id)).returning({ id: users.id });
      if (updated.length === 0) throw notFound(id);
    },
  };
}
