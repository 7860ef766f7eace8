/**
 * GET /api/performance/measures (apps/server/src/routes/performance/performance-schemas.ts is the
 * source of truth; times are ISO 8601 strings).
 */

/** A count with its rate and 95 % Wilson interval (null without a total). */
export interface Proportion {
  successes: number;
  total: number;
  rate: number | null;
  lower: number | null;
  upper: number | null;
}

/** Whether a figure meets the model's target. */
export type FigureStatus = 'meets-target' | 'below-target' | 'no-target' | 'no-data' | 'not-recorded' | 'planned';

/** A headline figure as the server writes it (the PDF prints the same text). */
export interface HeadlineFigure {
  id: string;
  label: string;
  value: number | null;
  display: string;
  detail: string;
  targetPercent: number | null;
  status: FigureStatus;
}

/** One before/after row, written out. */
export interface ComparisonRow {
  id: string;
  label: string;
  before: string;
  after: string;
  change: string;
  interval: string;
  significant: boolean | null;
  note: string;
}

/** One before/after difference, as numbers. */
export interface MeasureDifference {
  id: string;
  label: string;
  kind: 'proportion' | 'mean';
  unit: 'proportion' | 'hours' | 'handoffs';
  before: number | null;
  after: number | null;
  beforeCount: number;
  afterCount: number;
  difference: number | null;
  lower: number | null;
  upper: number | null;
  significant: boolean | null;
  note: string;
}

/** One attendance group of a period. */
export interface AttendanceCompliance {
  grade: number;
  gradeName: string;
  urbanRural: 'urban' | 'rural';
  clock: 'call-answered' | 'graded' | 'dispatched';
  targetMinutes: number[];
  targetPercent: number | null;
  compliance: Proportion;
  pending: number;
  classAssumed: number;
}

/** The measures of one period (only what the page reads). */
export interface PeriodMeasures {
  attendance: AttendanceCompliance[];
}

/** The response. */
export interface PerformanceResponse {
  modelId: string;
  force: string;
  from: string;
  to: string;
  fromDate: string;
  toDate: string;
  areaId: string | null;
  computedAt: string;
  headlines: HeadlineFigure[];
  measures: PeriodMeasures;
  areas: { areaId: string | null; name: string; headlines: HeadlineFigure[] }[];
  abstraction: { totalPercent: number; causes: { cause: string; percent: number }[]; teams: { teamId: string; name: string; totalPercent: number }[] };
  comparison: { date: string; splitAt: string; rows: ComparisonRow[]; differences: MeasureDifference[] } | null;
  trend: { from: string; to: string; values: { id: string; value: number | null; count: number }[] }[];
  definitions: { title: string; text: string }[];
}
