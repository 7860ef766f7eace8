/** The roles of issue 7, as stored in `users.role`. */
import { schema } from '@peel/db';

/** Every role, in the order the policy table and the matrix test list them. */
export const ROLES = schema.USER_ROLES;

/** One role. */
export type Role = (typeof ROLES)[number];
