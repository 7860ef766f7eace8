/** Roles: a non-sworn role (a PCSO, police staff) cannot hold a sworn-only power such as arrest. */
import type { PolicingModel } from '../schema/model';
import { SWORN_ONLY_POWERS } from '../vocabulary/powers';
import { error, type ModelIssue } from './issue';

/** Checks each role's powers against its warrant. */
export function checkRolePowers(model: PolicingModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  for (const [key, role] of Object.entries(model.roles)) {
    const canBeSworn = role.category === 'officer' || role.category === 'special-constable';
    if (role.sworn && !canBeSworn) {
      issues.push(error(['roles', key, 'sworn'], `a ${role.category} role cannot be sworn: only officers and special constables hold a warrant`));
    }
    role.powers.forEach((power, index) => {
      if ((!role.sworn || !canBeSworn) && SWORN_ONLY_POWERS.includes(power)) {
        issues.push(error(['roles', key, 'powers', index], `"${power}" needs a warrant: role ${key} is not sworn (a PCSO may detain, not arrest)`));
      }
    });
    const seen = new Set<string>();
    role.powers.forEach((power, index) => {
      if (seen.has(power)) issues.push(error(['roles', key, 'powers', index], `power "${power}" is listed twice`));
      seen.add(power);
    });
  }
  return issues;
}
