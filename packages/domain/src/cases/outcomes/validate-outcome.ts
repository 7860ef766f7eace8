/** Checking an outcome claim against its rules (outcome-rules.ts). */
import { DomainError } from '../../shared/domain-error';
import { OUTCOME_RULES, type OutcomeContext, type OutcomeViolation } from './outcome-rules';
import { isOutcomeType, type OutcomeClaim } from './outcome-types';

/** Every broken rule of the claim (empty when the outcome may be recorded). */
export function checkOutcome(claim: OutcomeClaim, context: OutcomeContext): OutcomeViolation[] {
  if (!isOutcomeType(claim.type)) {
    return [{ rule: 'outcome-type', element: 'type', message: unknownTypeMessage(claim.type), source: 'Home Office crime outcomes framework' }];
  }
  const violations: OutcomeViolation[] = [];
  for (const rule of OUTCOME_RULES[claim.type]) {
    const broken = rule.check(claim, context);
    if (broken) violations.push({ rule: rule.id, element: broken.element, message: broken.message, source: rule.source });
  }
  return violations;
}

/**
 * Throws when the claim may not be recorded: VALIDATION (field 'type') for an outcome type not in
 * use, OUTCOME_RULE naming the first missing element (as `field`) with every broken rule in the
 * message otherwise.
 */
export function assertOutcomeValid(claim: OutcomeClaim, context: OutcomeContext): void {
  if (!isOutcomeType(claim.type)) throw new DomainError('VALIDATION', unknownTypeMessage(claim.type), 'type');
  const violations = checkOutcome(claim, context);
  const first = violations[0];
  if (first) throw new DomainError('OUTCOME_RULE', violations.map((violation) => violation.message).join('; '), first.element);
}

function unknownTypeMessage(type: unknown): string {
  return type === 19
    ? 'outcome type 19 is not used in the Home Office outcomes framework'
    : `type must be a Home Office outcome type (1–18, 20–22), got ${JSON.stringify(type)}`;
}
