/**
 * The establishment plan as data: plain JSON (no Dates, no Maps, no class instances), so the CLI
 * prints it, the server sends it and the planning studio shows every number with where it came
 * from — the algorithm's figure, the human override with who and why, and the final figure.
 */

/** How response posts are allocated: by workload (Wiltshire) or by Grade 1 queueing need (PCAM). */
export type PlanMethod = 'workload' | 'queueing';

/** Every method, for option parsing. */
export const PLAN_METHODS: readonly PlanMethod[] = ['workload', 'queueing'];

/** A professional-judgement change to one cell: ± posts, with who and why. */
export interface PlanOverride {
  /** Stored overrides carry their id; file overrides may leave it out. */
  id?: string;
  /** The area; with `role` it finds the cell when exactly one team has that role there. */
  area?: string;
  /** The team; required when several teams have the role in the area. */
  team?: string;
  role: string;
  /** Posts added (> 0) or taken away (< 0); a whole number, not 0. */
  delta: number;
  who: string;
  why: string;
  /** When it was made (ISO 8601), when known. */
  at?: string;
}

/**
 * How a cell's algorithm figure was reached:
 * - `workload`: its line's posts apportioned by impact-weighted workload;
 * - `queueing`: its line's posts apportioned by the posts Grade 1 compliance needs;
 * - `kept`: the model's headcount (no demand in the data uses the role, or the line could not be apportioned — see `basisNote`);
 * - `force-wide`: a force-wide team (`areas: [all]`): nothing to share between areas.
 */
export type CellBasis = 'workload' | 'queueing' | 'kept' | 'force-wide';

/** An override as applied to a cell. */
export interface AppliedOverride {
  id?: string;
  delta: number;
  who: string;
  why: string;
  at?: string;
}

/** One team × role of the plan (a team serves one area, or a few, or the whole force). */
export interface PlanCell {
  /** `team:role`, unique in the plan. */
  key: string;
  team: string;
  teamName: string;
  teamKind: string;
  /** The team's areas (["all"] for force-wide). */
  areas: string[];
  role: string;
  /** The line (teams of one kind, pattern and roles across areas) the cell's posts are shared within. */
  line: string;
  basis: CellBasis;
  basisNote: string;
  /** The model's headcount. */
  current: number;
  /**
   * Posts the algorithm kept the cell at or above: its hard minimums (a leader, ward rules) and,
   * where the line was shared and could afford them, the minimum staffing level. Shortfalls against
   * minimum staffing the algorithm could not fix are under `constraints` (kind minimum-on-duty).
   */
  minimum: number;
  /** Every minimum that applies to the cell, and why (kept to or not). */
  minimumReasons: string[];
  /** Impact-weighted workload of this role over the team's areas, hours a week (Σ count × minutes × impact / 60). */
  workloadHoursPerWeek: number;
  /** Posts Grade 1 compliance needs (response cells with a rota solved), else null. */
  requiredPosts: number | null;
  /** The algorithm's figure. */
  algorithm: number;
  /** Σ of the overrides' deltas. */
  override: number;
  /** algorithm + override. */
  final: number;
  overrides: AppliedOverride[];
}

/** A line: the same team repeated across areas; its posts are shared between its cells. */
export interface PlanLine {
  id: string;
  teamKind: string;
  role: string;
  shiftPattern: string | null;
  cells: string[];
  basis: CellBasis;
  /** Σ current headcount: the posts the algorithm shares. */
  establishment: number;
  algorithm: number;
  final: number;
  /** Σ required posts of its response cells (queueing need), when known. */
  required: number | null;
}

/** The optimal shift cover of a response cell's hourly requirement (HiGHS). */
export interface PlanRota {
  status: 'optimal' | 'infeasible' | 'time-limit';
  /** Shift lengths offered, hours (the team's pattern's), at every start hour of the week. */
  shiftLengths: number[];
  /** Officer-shifts a week. */
  shifts: number;
  dutyHoursPerWeek: number;
  /** Officers on duty per hour of the cover. */
  cover: number[];
  /** Relative MIP gap when a time limit stopped the solve (0 when optimal). */
  gap: number;
}

/** What a number of posts gives on the team's own shift pattern. */
export interface PostsOutcome {
  posts: number;
  /** Expected officers on duty per hour of the week (posts ÷ reliefs × (1 − abstraction) × shifts on duty). */
  onDuty: number[];
  /** Predicted Grade 1 compliance over the week (weighted by Grade 1 calls), 0…1; null when not computable. */
  compliance: number | null;
  /** Hours of the week whose expected on-duty is below the requirement. */
  hoursShort: number;
}

/** The Grade 1 analysis of a response cell (PCAM style). */
export interface ResponsePlan {
  cell: string;
  team: string;
  role: string;
  areas: string[];
  areaKm2: number;
  /** km² of the urban wards (the rest is rural). */
  urbanKm2: number;
  /** Where the area figure came from: stored boundaries, or the fallback of an assumed size per ward. */
  areaSource: 'boundaries' | 'fallback';
  /** Share of the area's Grade 1 calls in urban places. */
  urbanShare: number;
  grade: number;
  urbanTargetMinutes: number;
  ruralTargetMinutes: number;
  /** The compliance target, 0…1. */
  target: number;
  gradeOnePerWeek: number;
  /** All work routed to the team's role, jobs a week (every grade). */
  jobsPerWeek: number;
  /** Mean officer minutes per job (time × officers required), the queue's service time. */
  meanJobMinutes: number;
  /** Officers needed on duty per hour of the week (168, Monday 00:00 first) for the target, at least the minimum on duty. */
  requiredOnDuty: number[];
  rota: PlanRota | null;
  /** Posts the optimal rota needs after abstraction. */
  requiredPosts: number | null;
  /** Posts the team's own fixed rotating pattern needs to meet every hour. */
  patternPosts: number | null;
  current: PostsOutcome;
  algorithm: PostsOutcome;
  final: PostsOutcome;
}

/** The predicted effect of one override. */
export type OverrideEffect =
  | { kind: 'grade-1-compliance'; before: number | null; after: number | null }
  | { kind: 'workload-per-post'; before: number | null; after: number | null };

/** An override, the cell it changed and its predicted effect (of all overrides on that cell). */
export interface PlanOverrideResult {
  override: PlanOverride;
  cell: string;
  algorithm: number;
  final: number;
  effect: OverrideEffect;
}

/** A constraint of the model checked against the plan. */
export interface ConstraintCheck {
  id: string;
  kind: 'protected-headcount' | 'ward-minimum' | 'minimum-on-duty';
  description: string;
  required: number;
  current: number;
  algorithm: number;
  final: number;
  met: boolean;
}

/** A whole establishment plan. */
export interface ForcePlan {
  planFormat: 1;
  model: { id: string; force: string };
  /** The scenario planned under, or null for the model as written. */
  scenario: string | null;
  method: PlanMethod;
  lines: PlanLine[];
  cells: PlanCell[];
  response: ResponsePlan[];
  overrides: PlanOverrideResult[];
  constraints: ConstraintCheck[];
  /** Problems a planner must see: shortfalls, unmet constraints, infeasible lines. */
  warnings: string[];
  /** Assumptions and sources, in words. */
  notes: string[];
}
