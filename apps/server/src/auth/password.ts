/**
 * Password hashing with argon2id (RFC 9106) at the OWASP Password Storage Cheat Sheet's minimum
 * for argon2id: 19 MiB of memory, 2 iterations, 1 lane. The PHC string records the parameters,
 * so they can be raised later without invalidating stored hashes.
 */
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** argon2id; `Algorithm` is an ambient const enum that isolated modules cannot read. */
const ARGON2ID = 2 as Algorithm;

const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes a password; the result is a PHC string `$argon2id$v=19$m=19456,t=2,p=1$…`. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when `password` matches the PHC string `passwordHash`. */
export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/**
 * A hash of a random password, made once per server. Login verifies against it when the username
 * does not exist, so that an unknown user costs the same argon2 work as a wrong password and
 * response times do not reveal which usernames exist.
 */
export async function createDummyHash(): Promise<string> {
  return hashPassword(crypto.randomUUID());
}
