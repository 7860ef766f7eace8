/** What it takes to create a user, checked the same way for `peel user add` and POST /api/users. */
import { DomainError } from '@peel/domain';
import { z } from 'zod';
import { ROLES } from '../authorization/roles';

/**
 * NIST SP 800-63B-4 §3.1.1.2: a password that is the only factor must be at least 15 characters;
 * verifiers should accept at least 64. The cap bounds the work a login request can ask for.
 */
export const PASSWORD_MIN_LENGTH = 15;
/** Longest password accepted. */
export const PASSWORD_MAX_LENGTH = 256;

/** Usernames are stored lower-case, so `Alice` and `alice` are one account. */
export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{1,63}$/, 'expected 2–64 characters: letters, digits, dot, underscore or hyphen, starting with a letter or digit');

/** The same identifiers as policing-model ids (packages/model `id`): lower-case letters, digits, hyphens. */
export const areaIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected a model area id (lower-case letters, digits and hyphens)');

/** A new password. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `expected at least ${PASSWORD_MIN_LENGTH} characters (NIST SP 800-63B-4)`)
  .max(PASSWORD_MAX_LENGTH, `expected at most ${PASSWORD_MAX_LENGTH} characters`);

/** A new user. */
export const newUserSchema = z.object({
  username: usernameSchema,
  password: passwordSchema,
  role: z.enum(ROLES, { error: `expected one of ${ROLES.join(', ')}` }),
  areaId: areaIdSchema.nullable().default(null).describe('the area the user works in; null: force-wide'),
  restrictedAccess: z.boolean().default(false).describe('may see restricted records (public protection, vulnerable victims)'),
});

/** A parsed new user. */
export type NewUserInput = z.infer<typeof newUserSchema>;

/** Parses a new user; VALIDATION naming the first bad field (`username`, `role`, `areaId`, `password`…). */
export function parseNewUser(input: unknown): NewUserInput {
  const parsed = newUserSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const field = issue?.path.join('.') || 'user';
  throw new DomainError('VALIDATION', `${field}: ${issue?.message ?? 'invalid'}`, field);
}
