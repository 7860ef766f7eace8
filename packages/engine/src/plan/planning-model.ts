/**
 * The parts of a policing model the establishment plan reads, written structurally (like the
 * simulator's SimulationModel) so that the engine does not depend on @peel/model: a validated
 * `PolicingModel` satisfies this interface as it is.
 */
import type { SimulationArea, SimulationGrade, SimulationRoutingRule, SimulationShiftPattern } from '../simulation/force/simulation-model';

/** Headcount of one role in a team, and the minimum on duty per shift. */
export interface PlanningTeamRole {
  headcount: number;
  minimumOnDutyPerShift?: number;
}

/** A team as the plan reads it. */
export interface PlanningTeam {
  id: string;
  name: string;
  kind: string;
  /** Area ids, or ["all"] for a force-wide team. */
  areas: readonly string[];
  shiftPattern?: string;
  roles: Readonly<Record<string, PlanningTeamRole>>;
  ledBy?: { role: string; title: string };
  abstractionPercent?: Readonly<Record<string, number>>;
}

/** A demand type: minutes per role and the impact weight (Wiltshire's type × role × time × impact). */
export interface PlanningDemandType {
  id: string;
  name: string;
  timeTakenMinutes: Readonly<Record<string, number>>;
  impactWeight: number;
  unitsRequired?: number;
  tags?: readonly string[];
}

/** A grade; its attendance target may carry a compliance target (e.g. 90 %). */
export interface PlanningGrade extends SimulationGrade {
  attendance?: SimulationGrade['attendance'] & { compliancePercentTarget?: number };
}

/** The model's planning constraints. */
export interface PlanningConstraints {
  protectedHeadcount?: readonly { id: string; description: string; roles: readonly string[]; teamKinds?: readonly string[]; minimum: number }[];
  wardMinimums?: readonly { id: string; role: string; areas: readonly string[]; minimumPerWard: number }[];
}

/** Everything the plan reads of a policing model. */
export interface PlanningModel {
  id: string;
  force: string;
  geography: { areas: readonly SimulationArea[] };
  roles: Readonly<Record<string, { category: string; name?: string }>>;
  shiftPatterns: readonly SimulationShiftPattern[];
  abstractionPercent: Readonly<Record<string, number>>;
  teams: readonly PlanningTeam[];
  grades: readonly PlanningGrade[];
  demandTypes: readonly PlanningDemandType[];
  routing: readonly SimulationRoutingRule[];
  constraints?: PlanningConstraints;
}

/** True for a force-wide team (`areas: [all]`). */
export function isForceWide(team: Pick<PlanningTeam, 'areas'>): boolean {
  return team.areas.includes('all');
}
