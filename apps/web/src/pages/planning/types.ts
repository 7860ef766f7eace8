/**
 * Shapes of the planning routes' responses (apps/server/src/routes/planning: the zod schemas there,
 * OpenAPI at /api/docs, are the source of truth).
 */
import type { FeatureCollection, Geometry } from 'geojson';

/** GET /api/planning/models. */
export interface PlanningModelSummary {
  id: string;
  name: string;
  force: string;
  updatedAt: string;
  versionCount: number;
  active: boolean;
  areas: { id: string; name: string; wards: number }[];
  scenarios: { id: string; name: string; description: string | null }[];
}

/** A boundary level. */
export type Level = 'lsoa' | 'ward';

/** How response posts are allocated. */
export type PlanMethod = 'queueing' | 'workload';

/** GET …/geography. */
export interface Geography extends FeatureCollection<Geometry, { code: string; name: string; areaId: string | null; areaKm2: number }> {
  level: Level;
  missingWardCodes: string[];
  notes: string[];
}

/** An LSOA or ward ranked by recorded crime. */
export interface RankedUnit {
  rank: number;
  code: string;
  name: string | null;
  count: number;
  harm: number;
  share: number;
  areaKm2: number | null;
  countPerKm2: number | null;
  harmPerKm2: number | null;
}

/** GET …/demand. */
export interface Demand {
  model: string;
  area: string | null;
  level: Level;
  months: string[];
  weeks: number;
  harm: { name: string; unit: string };
  totals: { count: number; harm: number; unplaced: number };
  units: RankedUnit[];
  hourOfWeek: { byArea: { area: string | null; perWeek: number[] }[]; total: number[]; source: 'calls-for-service' | 'uniform' };
  notes: string[];
}

/** PAI figures. */
export interface PaiFigures {
  pai: number | null;
  hits: number;
  totalHits: number;
  hotspotAreaKm2: number;
  totalAreaKm2: number;
  hotspotUnits: number;
}

/** GET …/hotspots. */
export interface Hotspots {
  level: Level;
  rankedBy: 'count' | 'harm';
  months: string[];
  harm: { name: string; unit: string };
  totals: { count: number; harm: number; units: number };
  hotspots: (RankedUnit & { cumulativeShare: number })[];
  pai: { holdoutMonth: string | null; fitMonths: string[]; areaFraction: number; grid: PaiFigures | null; units: (PaiFigures & { crimesWithoutBoundary: number }) | { pai: null; reason: string; crimesWithoutBoundary: number } | null; reason?: string };
}

/** An override as applied to a cell. */
export interface AppliedOverride {
  id?: string;
  delta: number;
  who: string;
  why: string;
  at?: string;
}

/** One team × role of the plan. */
export interface PlanCell {
  key: string;
  team: string;
  teamName: string;
  teamKind: string;
  areas: string[];
  role: string;
  line: string;
  basis: 'workload' | 'queueing' | 'kept' | 'force-wide';
  basisNote: string;
  current: number;
  minimum: number;
  minimumReasons: string[];
  workloadHoursPerWeek: number;
  requiredPosts: number | null;
  algorithm: number;
  override: number;
  final: number;
  overrides: AppliedOverride[];
}

/** What posts give on the team's pattern. */
export interface PostsOutcome {
  posts: number;
  compliance: number | null;
  hoursShort: number;
}

/** A stored override. */
export interface StoredOverride {
  id: number;
  modelId: string;
  scenarioId: string | null;
  areaId: string | null;
  teamId: string | null;
  role: string;
  delta: number;
  reason: string;
  createdBy: string;
  createdAt: string;
  withdrawal: { by: string; reason: string; at: string } | null;
}

/** GET …/plan. */
export interface Plan {
  model: { id: string; force: string };
  scenario: string | null;
  method: PlanMethod;
  area: string | null;
  lines: { id: string; teamKind: string; role: string; shiftPattern: string | null; cells: string[]; basis: string; establishment: number; algorithm: number; final: number; required: number | null }[];
  cells: PlanCell[];
  response: {
    cell: string;
    team: string;
    role: string;
    areas: string[];
    areaKm2: number;
    areaSource: 'boundaries' | 'fallback';
    urbanShare: number;
    target: number;
    gradeOnePerWeek: number;
    jobsPerWeek: number;
    requiredPosts: number | null;
    patternPosts: number | null;
    current: PostsOutcome;
    algorithm: PostsOutcome;
    final: PostsOutcome;
  }[];
  overrides: { override: AppliedOverride & { team?: string; area?: string; role: string }; cell: string; algorithm: number; final: number; effect: { kind: 'grade-1-compliance' | 'workload-per-post'; before: number | null; after: number | null } }[];
  constraints: { id: string; kind: string; description: string; required: number; current: number; algorithm: number; final: number; met: boolean }[];
  storedOverrides: StoredOverride[];
  warnings: string[];
  notes: string[];
}

/** GET …/cover. */
export interface Cover {
  model: string;
  scenario: string | null;
  method: PlanMethod;
  teams: {
    cell: string;
    team: string;
    role: string;
    areas: string[];
    target: number;
    required: number[];
    onDuty: { current: number[]; algorithm: number[]; final: number[] };
    rotaCover: number[] | null;
    compliance: { current: number | null; algorithm: number | null; final: number | null };
    hoursShort: { current: number; algorithm: number; final: number };
  }[];
}

/** A mean with its 95 % confidence interval. */
export interface Estimate {
  mean: number | null;
  halfWidth: number | null;
  lower: number | null;
  upper: number | null;
  replications: number;
}

/** Attendance KPIs. */
export interface AttendanceKpis {
  incidentsPerDay: Estimate;
  compliance: Estimate | null;
  complianceUrban: Estimate | null;
  complianceRural: Estimate | null;
  meanResponseMin: Estimate;
  medianResponseMin: Estimate;
  p90ResponseMin: Estimate;
  meanQueueWaitMin: Estimate;
  unattended: Estimate;
}

/** POST …/simulations. */
export interface Simulation {
  model: string;
  scenario: string | null;
  rostering: 'model' | 'plan';
  method: PlanMethod | null;
  days: number;
  warmUpDays: number;
  replications: number;
  seed: number;
  wallMs: number;
  threads: number;
  demand: { months: string[]; crimes: number; crimesPerDay: number };
  grades: (AttendanceKpis & { grade: number; name: string; response: string; target: string | null; lostToAbandonmentPerDay: Estimate; byArea: (AttendanceKpis & { area: string })[] })[];
  channels: { channel: string; handled: boolean; offeredPerDay: Estimate; abandonment: Estimate; answeredWithinTarget: Estimate | null; targetSeconds: number | null; meanWaitMin: Estimate }[];
  resolutionCentre: { referredPerDay: Estimate; contactWithinTarget: Estimate; contactWithinHours: number; resolution: Estimate; meanContactHours: Estimate } | null;
  areas: { area: string; utilisation: Estimate }[];
  notes: string[];
}

/** A figure in each of two plans. */
export interface Side<T> {
  base: T | null;
  other: T | null;
}

/** GET …/compare. */
export interface Comparison {
  model: { id: string; force: string };
  base: { scenario: string | null; method: string };
  other: { scenario: string | null; method: string };
  cells: ({ key: string; team: string; role: string; areas: string[]; change: number } & Side<number>)[];
  lines: ({ id: string; change: number } & Side<{ establishment: number; final: number; required: number | null }>)[];
  response: ({ cell: string; areas: string[] } & Side<{ posts: number; requiredPosts: number | null; compliance: number | null }>)[];
  constraints: ({ id: string; kind: string; description: string } & Side<{ required: number; final: number; met: boolean }>)[];
  warnings: { base: string[]; other: string[] };
}
