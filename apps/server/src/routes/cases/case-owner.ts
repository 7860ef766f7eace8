/**
 * Who may own a case: an enabled user whose role may open cases (the roles of
 * `GET /api/cases/:id` in the policy table) and whose scope reaches this one. A case handed to
 * someone who could not open it would be a case nobody works; a typo in an officer id would be a
 * case owned by nobody. Both are refused with VALIDATION naming the field.
 */
import { DomainError, type CaseOwner } from '@peel/domain';
import { ROUTE_POLICIES } from '../../authorization/policy-table';
import { decideRecordAccess } from '../../authorization/record-access';
import type { Role } from '../../authorization/roles';
import type { PeelServer } from '../peel-server';

const OWNER_SCOPES: Partial<Record<Role, 'force' | 'area' | 'own'>> = ROUTE_POLICIES['GET /api/cases/:id'].roles;

/** Throws VALIDATION naming `${field}` unless `owner.officerId` may own a case of `area`. */
export async function checkCaseOwner(app: PeelServer, owner: CaseOwner, area: string, field: string): Promise<void> {
  const user = await app.services.users.findById(owner.officerId);
  if (!user || user.disabled) throw new DomainError('VALIDATION', `${field}: no active user ${owner.officerId}`, field);
  const scope = OWNER_SCOPES[user.role];
  if (!scope) {
    const roles = Object.keys(OWNER_SCOPES).join(', ');
    throw new DomainError('VALIDATION', `${field}: ${user.username} is a ${user.role}, who cannot own a case (roles that can: ${roles})`, field);
  }
  const principal = { id: user.id, username: user.username, role: user.role, areaId: user.areaId, restrictedAccess: user.restrictedAccess, sessionExpiresAt: new Date(0) };
  const decision = decideRecordAccess(principal, scope, { areaId: area, ownerIds: [user.id] });
  if (!decision.allowed) throw new DomainError('VALIDATION', `${field}: ${user.username} could not open a case of area ${area} (${decision.reason})`, field);
}
