/** The signed-in user a request acts for, as the authorization hook found it in the database. */
import type { Role } from './roles';

/** The caller of a non-public route. Role, area and restricted access are the stored values, not the token's. */
export interface Principal {
  id: string;
  username: string;
  role: Role;
  /** null: force-wide. */
  areaId: string | null;
  /** May see restricted records (public protection, vulnerable victims). */
  restrictedAccess: boolean;
  /** When the presented token expires (a live event stream ends then). */
  sessionExpiresAt: Date;
}
