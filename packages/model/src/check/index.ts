/** All semantic checks a model must pass after its structure has been validated. */
import type { PolicingModel } from '../schema/model';
import { checkAbstraction } from './abstraction';
import { checkConstraints } from './constraint-checks';
import { checkDemandReferences } from './demand-references';
import { checkGeographyReferences } from './geography-references';
import type { ModelIssue } from './issue';
import { knownIds } from './known';
import { checkRolePowers } from './role-powers';
import { checkScenarioReferences } from './scenario-references';
import { checkShiftCoverage } from './shift-coverage';
import { checkTeamReferences } from './team-references';
import { checkUniqueIds } from './unique-ids';

/** Runs every cross-reference and consistency check. */
export function checkModel(model: PolicingModel): ModelIssue[] {
  const known = knownIds(model);
  return [
    ...checkUniqueIds(model),
    ...checkGeographyReferences(model),
    ...checkRolePowers(model),
    ...checkShiftCoverage(model),
    ...checkTeamReferences(model, known),
    ...checkAbstraction(model),
    ...checkDemandReferences(model, known),
    ...checkConstraints(model, known),
    ...checkScenarioReferences(model, known),
  ];
}

export type { ModelIssue } from './issue';
export { headcountByRole, teamsCovering } from './headcount';
export { coveredMinutes, uncoveredSpans } from './shift-coverage';
export { totalAbstractionPercent } from './abstraction';
