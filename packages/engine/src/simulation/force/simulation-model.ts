/**
 * The parts of a policing model the simulator reads, written structurally so that the engine does
 * not depend on @peel/model: a validated `PolicingModel` satisfies this interface as it is.
 */

/** A ward of an area, with its urban/rural class. */
export interface SimulationWard {
  code: string;
  urbanRural: 'urban' | 'rural';
}

/** An area of the model. */
export interface SimulationArea {
  id: string;
  name: string;
  wards: readonly SimulationWard[];
}

/** A role: its category and powers (call handlers are found by the `call-handling` power). */
export interface SimulationRole {
  category: string;
  powers: readonly string[];
}

/** One duty shift of a pattern. */
export interface SimulationShift {
  id: string;
  /** "HH:MM", local time. */
  start: string;
  durationHours: number;
  /** Days the shift is worked (mon … sun); every day when absent. */
  days?: readonly string[];
}

/** A shift pattern: its shifts and how many rotating teams (reliefs) share them. */
export interface SimulationShiftPattern {
  id: string;
  rotatingTeams: number;
  shifts: readonly SimulationShift[];
}

/** A team: kind, areas (or "all"), shift pattern, headcount by role and abstraction overrides. */
export interface SimulationTeam {
  id: string;
  name: string;
  kind: string;
  areas: readonly string[];
  shiftPattern?: string;
  roles: Readonly<Record<string, { headcount: number }>>;
  abstractionPercent?: Readonly<Record<string, number>>;
}

/** A grade with its attendance targets. */
export interface SimulationGrade {
  grade: number;
  name: string;
  response: 'immediate' | 'prompt' | 'scheduled' | 'no-deployment';
  attendance?: { urbanTargetMinutes: number; ruralTargetMinutes: number; clock: 'call-answered' | 'graded' | 'dispatched' };
  appointmentWithinHours?: number;
}

/** A contact channel. */
export interface SimulationChannel {
  id: string;
  kind: string;
  answerTargetSeconds?: number;
  callsPerDay?: number;
}

/** A demand type: time per role, units required, tags. */
export interface SimulationDemandType {
  id: string;
  name: string;
  timeTakenMinutes: Readonly<Record<string, number>>;
  unitsRequired?: number;
  tags?: readonly string[];
}

/** A routing rule (first match decides). */
export interface SimulationRoutingRule {
  id: string;
  when: { grades?: readonly number[]; demandTypes?: readonly string[]; channels?: readonly string[]; tags?: readonly string[] };
  route: 'deploy' | 'resolution-centre' | 'scheduled-appointment' | 'partner-referral' | 'no-further-action';
  team?: string;
  teamKind?: string;
  roles?: readonly string[];
}

/** Everything the simulator reads of a policing model. */
export interface SimulationModel {
  id: string;
  geography: { areas: readonly SimulationArea[] };
  roles: Readonly<Record<string, SimulationRole>>;
  shiftPatterns: readonly SimulationShiftPattern[];
  abstractionPercent: Readonly<Record<string, number>>;
  teams: readonly SimulationTeam[];
  grades: readonly SimulationGrade[];
  channels: readonly SimulationChannel[];
  demandTypes: readonly SimulationDemandType[];
  routing: readonly SimulationRoutingRule[];
  serviceLevels: { resolutionCentre?: { contactWithinHours: number; contactTargetPercent: number; resolutionTargetPercent?: number } };
}
