/** The kinds of entry in the policy table. */
import type { Role } from './roles';

/**
 * How far a role reaches on a route:
 * - `force`: every record;
 * - `area`: records of the user's area (a user with no area is force-wide); records with no area
 *   only for force-wide users;
 * - `own`: records the user owns (the route says who owns a record: a case's owner, the officers
 *   assigned, the user themself).
 */
export type Scope = 'force' | 'area' | 'own';

/** The DPA 2018 s.62 act a route performs on personal data. */
export type PersonalDataAct = 'collection' | 'alteration' | 'consultation' | 'disclosure' | 'combination' | 'erasure';

/** Anyone, signed in or not (health, login, the API documents). */
export interface PublicPolicy {
  public: true;
}

/** Signed-in users of the listed roles, each with its scope; every other role is refused (403). */
export interface RolePolicy {
  public?: false;
  roles: Partial<Record<Role, Scope>>;
  /**
   * The s.62 act the route performs on personal data, if any. For `consultation` and `disclosure`
   * the caller must send `X-Justification` (else 400 VALIDATION naming it, before the handler
   * runs), and every such route must record that act through `request.audit` before a 2xx
   * response — the server refuses to send the response otherwise (500).
   */
  personalData?: PersonalDataAct;
}

/** One entry of the policy table. */
export type RoutePolicy = PublicPolicy | RolePolicy;

/** The public policy. */
export const PUBLIC: PublicPolicy = { public: true };

/** The same scope for every role listed. */
export function rolesWith(scope: Scope, roles: readonly Role[]): Partial<Record<Role, Scope>> {
  return Object.fromEntries(roles.map((role) => [role, scope]));
}
