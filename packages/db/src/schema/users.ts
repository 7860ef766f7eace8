/** People who use Peel: a role and, for local roles, an area scope. Passwords are argon2 hashes. */
import { sql } from 'drizzle-orm';
import { boolean, check, pgTable, text, timestamp, integer } from 'drizzle-orm/pg-core';

/** The roles of issue 7; the server's policy table says what each may do. */
export const USER_ROLES = ['call-handler', 'controller', 'response-officer', 'pcso', 'investigator', 'supervisor', 'analyst', 'admin'] as const;

/** One user. `areaId` null means force-wide scope. */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    username: text('username').notNull().unique('users_username_unique'),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: USER_ROLES }).notNull(),
    areaId: text('area_id'),
    /** May see restricted records (public protection, vulnerable victims). */
    restrictedAccess: boolean('restricted_access').notNull().default(false),
    disabled: boolean('disabled').notNull().default(false),
    /** Bumped to revoke every token issued before. */
    tokenVersion: integer('token_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [check('users_role_known', sql`${table.role} in (${sql.raw(USER_ROLES.map((role) => `'${role}'`).join(', '))})`)],
);
