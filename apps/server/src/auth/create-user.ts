/** Creates a user: argon2id hash, one transaction with its `admin` audit entry. */
import { createUserRepository, type Database, type UserRecord } from '@peel/db';
import type { IdSource } from '@peel/domain';
import type { AuditService } from '../audit/audit-service';
import { parseNewUser } from './new-user';
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
  const { password, ...user } = parseNewUser(input);
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
