/** The users table on the backend the configuration selects (PGlite by default, PostgreSQL with DATABASE_URL). */
import { getConfig } from '@peel/config';
import { DomainError } from '@peel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from './database';
import { createTestDatabase } from './testing';
import { createUserRepository, type NewUser } from './user-repository';

const { database } = getConfig();
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await createTestDatabase(database);
});
afterAll(async () => {
  await handle?.close();
});

const alice: NewUser = { id: 'u-alice', username: 'alice', passwordHash: '$argon2id$v=19$m=19456,t=2,p=1$x$y', role: 'controller', areaId: 'brighton', restrictedAccess: false };

describe(`users on ${database.kind}`, () => {
  it('stores a user and finds it by id and by username', async () => {
    const users = createUserRepository(handle.db);
    const created = await users.create(alice);
    expect(created).toMatchObject({ ...alice, disabled: false, tokenVersion: 1 });
    expect(created.createdAt).toBeInstanceOf(Date);
    expect(await users.findById('u-alice')).toEqual(created);
    expect(await users.findByUsername('alice')).toEqual(created);
    expect(await users.findByUsername('nobody')).toBeUndefined();
  });

  it('refuses a taken username with CONFLICT naming the field', async () => {
    const users = createUserRepository(handle.db);
    const error = await users.create({ ...alice, id: 'u-other' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DomainError);
    expect(error).toMatchObject({ code: 'CONFLICT', field: 'username' });
  });

  it('refuses a role outside the eight (check constraint)', async () => {
    const users = createUserRepository(handle.db);
    await expect(users.create({ ...alice, id: 'u-x', username: 'x', role: 'sheriff' as NewUser['role'] })).rejects.toThrow();
  });

  it('revokes tokens by bumping the version, and disables', async () => {
    const users = createUserRepository(handle.db);
    await users.create({ ...alice, id: 'u-bob', username: 'bob', role: 'admin', areaId: null, restrictedAccess: true });
    expect(await users.revokeTokens('u-bob')).toBe(2);
    await users.setDisabled('u-bob', true);
    expect(await users.findById('u-bob')).toMatchObject({ tokenVersion: 2, disabled: true, areaId: null, restrictedAccess: true });
    await expect(users.revokeTokens('u-none')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await users.list()).map((u) => u.username)).toEqual(['alice', 'bob']);
  });
});
