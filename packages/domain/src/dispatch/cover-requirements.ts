/** Which units count towards Grade 1 cover, read from the model's routing rules. */
import type { PolicingModel } from '@peel/model';
import type { UnitRequirements } from './unit-requirements';

/**
 * The requirements of the first `deploy` routing rule whose `when.grades` lists `grade` (default
 * 1): a unit counts towards that grade's cover when it has an officer in one of the rule's roles
 * (Peelshire: `roles: [PC]`). Empty requirements when no such rule names roles.
 */
export function coverRequirementsFromModel(model: PolicingModel, grade = 1): UnitRequirements {
  const rule = model.routing.find((candidate) => candidate.route === 'deploy' && (candidate.when.grades ?? []).includes(grade));
  return rule?.roles && rule.roles.length > 0 ? { roles: [...rule.roles] } : {};
}
