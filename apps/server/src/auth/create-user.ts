/** Creates a user: argon2id hash, one transaction with its `admin` audit entry. */
import { createUserRepository, type Database, type UserRecord } from '@peel/db';
import { DomainError, type IdSource } from '@peel/domain';
import type { AuditService } from '../audit/audit-service';
import { newUserSchema } from './new-user';
import { hashPassword } from './password';

/** What {@link createUser} needs. */
export interface CreateUserDeps {
  db: Database;
  audit: AuditService;
  ids: IdSource;
}

/**
 * Validates (VALIDATION naming the field), hashes the password, stores the user and records who
 * created it, all or nothing. CONFLICT naming `username` when it is taken.
 * @param actor who is creating the user: a user id, or `cli` for `peel user add`
 */
export async function createUser(deps: CreateUserDeps, input: unknown, actor: string): Promise<UserRecord> {
  const parsed = newUserSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'user';
    throw new DomainError('VALIDATION', `${field}: ${issue?.message ?? 'invalid'}`, field);
  }
  const { password, ...user } = parsed.data;
  const passwordHash = await hashPassword(password);
  return deps.db.transaction(async (tx) => {
    const created = await createUserRepository(tx).create({ id: deps.ids.next('user'), passwordHash, ...user });
    await deps.audit.record(tx, {
      actor,
      action: 'admin',
      entityType: 'user',
      entityId: created.id,
      details: { operation: 'user.create', username: created.username, role: created.role, areaId: created.areaId, restrictedAccess: created.restrictedAccess },
    });
    return created;
  });
}
