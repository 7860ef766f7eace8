/**
 * Demo accounts for `peel start`: one user per role, named after the role (`controller`,
 * `call-handler`, …), force-wide, sharing one random password generated at the first start and kept
 * in `<state dir>/demo-password` (mode 0600) so later starts can print it again. Accounts that exist
 * are left alone (a changed password stays changed); missing ones are added with the kept password.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createUser, ROLES, type Role, type ServerServices } from '@peel/server';

/** The demo accounts and their password (undefined when accounts exist but the password file is gone). */
export interface DemoCredentials {
  usernames: Role[];
  password: string | undefined;
  passwordFile: string;
  created: Role[];
}

/** Creates the missing demo accounts (see the file comment). */
export async function ensureDemoUsers(params: { services: Pick<ServerServices, 'db' | 'audit' | 'ids' | 'users'>; stateDir: string }): Promise<DemoCredentials> {
  const { services, stateDir } = params;
  const passwordFile = path.join(stateDir, 'demo-password');
  const missing: Role[] = [];
  for (const role of ROLES) if (!(await services.users.findByUsername(role))) missing.push(role);
  let password = existsSync(passwordFile) ? readFileSync(passwordFile, 'utf8').trim() : undefined;
  if (missing.length > 0 && password === undefined) {
    // 18 random bytes → 24 base64url characters: well over the 15-character minimum.
    password = randomBytes(18).toString('base64url');
    mkdirSync(stateDir, { recursive: true });
    writeFileSync(passwordFile, `${password}\n`, { mode: 0o600 });
    chmodSync(passwordFile, 0o600);
  }
  for (const role of missing) {
    await createUser(services, { username: role, role, areaId: null, restrictedAccess: role === 'supervisor' || role === 'admin', password }, 'peel start');
  }
  return { usernames: [...ROLES], password, passwordFile, created: missing };
}
