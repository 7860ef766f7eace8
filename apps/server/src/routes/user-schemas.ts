/** The public shape of a user (never the password hash). */
import type { UserRecord } from '@peel/db';
import { z } from 'zod';
import { ROLES } from '../authorization/roles';

/** A user as the API shows it. */
export const userSchema = z
  .object({
    id: z.string(),
    username: z.string(),
    role: z.enum(ROLES),
    areaId: z.string().nullable().describe('null: force-wide'),
    restrictedAccess: z.boolean(),
    disabled: z.boolean(),
    createdAt: z.string().describe('ISO 8601'),
  })
  .meta({ id: 'User' });

/** The API's view of a stored user. */
export function toUserView(user: UserRecord): z.infer<typeof userSchema> {
  return {
    id: user.id,
    username: user.username,
    role: user.role,
    areaId: user.areaId,
    restrictedAccess: user.restrictedAccess,
    disabled: user.disabled,
    createdAt: user.createdAt.toISOString(),
  };
}
