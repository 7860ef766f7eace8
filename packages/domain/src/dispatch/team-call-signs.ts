/** Call-sign templates of a model's teams: which one a team uses, and a check of them all. */
import type { PolicingModel, Team } from '@peel/model';
import { DomainError } from '../shared/domain-error';
import { DEFAULT_CALL_SIGN_TEMPLATE, parseCallSignTemplate, type CallSignTemplate } from './call-sign-template';

/** A problem with one team's call-sign template. */
export interface CallSignTemplateIssue {
  readonly teamId: string;
  /** The model path, e.g. "teams[2].callSignTemplate". */
  readonly path: string;
  readonly message: string;
}

/**
 * The parsed template of `team` (its own, or the default). Throws VALIDATION on field
 * "callSignTemplate" when it does not parse, or uses {shift} in a team without a shift pattern.
 */
export function teamCallSignTemplate(team: Team): CallSignTemplate {
  const template = parseCallSignTemplate(team.callSignTemplate ?? DEFAULT_CALL_SIGN_TEMPLATE);
  if (template.uses.has('shift') && team.shiftPattern === undefined) {
    throw new DomainError('VALIDATION', `callSignTemplate: "${template.source}" of team ${team.id} uses {shift} but the team has no shift pattern`, 'callSignTemplate');
  }
  return template;
}

/** Every call-sign template problem in `model` (empty when all are good). */
export function callSignTemplateIssues(model: PolicingModel): CallSignTemplateIssue[] {
  const issues: CallSignTemplateIssue[] = [];
  model.teams.forEach((team, index) => {
    try {
      teamCallSignTemplate(team);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      issues.push({ teamId: team.id, path: `teams[${index}].callSignTemplate`, message: error.message.replace(/^callSignTemplate: /, '') });
    }
  });
  return issues;
}
