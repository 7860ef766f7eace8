/** A unit's capabilities from its officers' roles in the model (roles → powers and skills). */
import type { Power, PolicingModel } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import type { OnDutyOfficer, UnitCapabilities } from './unit';

/**
 * The union of the officers' roles, powers and skills. Throws VALIDATION naming
 * `officers[i].role` when a role is not a key of the model's `roles`.
 */
export function unitCapabilities(model: PolicingModel, officers: readonly OnDutyOfficer[]): UnitCapabilities {
  const roles = new Set<string>();
  const powers = new Set<Power>();
  const skills = new Set<string>();
  officers.forEach((officer, index) => {
    const role = Object.hasOwn(model.roles, officer.role) ? model.roles[officer.role] : undefined;
    if (!role) {
      throw new DomainError('VALIDATION', `officers[${index}].role: "${officer.role}" is not a role of model ${model.id} (roles: ${Object.keys(model.roles).join(', ')})`, `officers[${index}].role`);
    }
    roles.add(officer.role);
    for (const power of role.powers) powers.add(power);
    for (const skill of role.skills ?? []) skills.add(skill);
    for (const skill of officer.skills ?? []) skills.add(skill);
  });
  return { roles: [...roles].sort(), powers: [...powers].sort(), skills: [...skills].sort(), officerCount: officers.length };
}
