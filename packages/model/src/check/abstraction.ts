/** Abstraction: the causes must sum to less than 100 % of contracted time, or nobody is ever on duty. */
import type { PolicingModel } from '../schema/model';
import { error, warning, type ModelIssue } from './issue';

/** Sum of abstraction percentages over causes. */
export function totalAbstractionPercent(causes: Record<string, number>): number {
  return Object.values(causes).reduce((sum, value) => sum + value, 0);
}

/** Checks the force-wide and per-team abstraction tables. */
export function checkAbstraction(model: PolicingModel): ModelIssue[] {
  const issues: ModelIssue[] = [];
  const forceTotal = totalAbstractionPercent(model.abstractionPercent);
  if (forceTotal >= 100) issues.push(error(['abstractionPercent'], `abstraction causes sum to ${forceTotal} %: expected less than 100 %`));
  if (Object.keys(model.abstractionPercent).length === 0) issues.push(warning(['abstractionPercent'], 'no abstraction causes: every post would be on duty all the time'));
  model.teams.forEach((team, index) => {
    if (!team.abstractionPercent) return;
    const total = totalAbstractionPercent({ ...model.abstractionPercent, ...team.abstractionPercent });
    if (total >= 100) issues.push(error(['teams', index, 'abstractionPercent'], `abstraction for team "${team.id}" sums to ${total} %: expected less than 100 %`));
  });
  return issues;
}
