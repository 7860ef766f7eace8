/** Roles (PC, PCSO, sergeant, investigator, call handler…) and the powers each holds. */
import { z } from 'zod';
import { POWERS } from '../vocabulary/powers';
import { oneOf, text } from './primitives';

/** Whether a role is a warranted officer, a PCSO, police staff or a volunteer. */
export const ROLE_CATEGORIES = ['officer', 'pcso', 'staff', 'special-constable', 'volunteer'] as const;

/** One role. `sworn` roles hold a warrant; non-sworn roles cannot hold sworn-only powers. */
export const role = z.strictObject({
  name: text,
  category: oneOf(ROLE_CATEGORIES, 'a role category'),
  sworn: z.boolean({ error: 'expected true or false' }),
  rank: text.optional(),
  powers: z.array(oneOf(POWERS, 'a power')),
  skills: z.array(text).optional(),
});
