/**
 * The report's headline figures, written out: one row per measure with its value, what it is over
 * and its interval, the model's target and whether it is met — the dashboard's cards, the PDF's
 * first table — and the before/after rows. Every figure comes from the domain's report; nothing
 * is computed here but text.
 */
import { headlines, type MeasureDifference, type PerformanceReport, type PeriodComparison, type PeriodMeasures } from '@peel/domain';
import { describeProportion, describeSample, formatChange, formatNumber, formatPercent } from './figure-format';

/** Whether a figure meets the model's target. */
export type FigureStatus = 'meets-target' | 'below-target' | 'no-target' | 'no-data' | 'not-recorded' | 'planned';

/** One headline figure. */
export interface HeadlineFigure {
  readonly id: string;
  readonly label: string;
  /** The number (a proportion 0–1, hours, handoffs, percent for abstraction), or null. */
  readonly value: number | null;
  /** The value as the dashboard and the PDF print it. */
  readonly display: string;
  readonly detail: string;
  readonly targetPercent: number | null;
  readonly status: FigureStatus;
}

/** One before/after row as printed. */
export interface ComparisonRow {
  readonly id: string;
  readonly label: string;
  readonly before: string;
  readonly after: string;
  readonly change: string;
  readonly interval: string;
  readonly significant: boolean | null;
  readonly note: string;
}

function statusOf(value: number | null, targetPercent: number | null): FigureStatus {
  if (value === null) return 'no-data';
  if (targetPercent === null) return 'no-target';
  // Compare in whole tenths of a percent, as printed, so "98.0 %" against 98 is met.
  return Math.round(value * 1000) >= Math.round(targetPercent * 10) ? 'meets-target' : 'below-target';
}

/** The headline figures of `measures`, with the model-only rows (abandonment, abstraction) from `report`. */
export function headlineFigures(measures: PeriodMeasures, report: Pick<PerformanceReport, 'abstraction'>): HeadlineFigure[] {
  const figures = headlines(measures).map((headline): HeadlineFigure => {
    const picked = headline.pick(measures);
    if (picked !== undefined && 'rate' in picked) {
      const extra = headline.id.startsWith('attendance-')
        ? measures.attendance.find((group) => headline.id === `attendance-grade-${group.grade}-${group.urbanRural}-${group.clock}`)
        : undefined;
      const pending = extra && extra.pending > 0 ? `; ${extra.pending} pending` : '';
      return {
        id: headline.id,
        label: headline.label,
        value: picked.rate,
        display: formatPercent(picked.rate),
        detail: `${describeProportion(picked)}${pending}`,
        targetPercent: headline.targetPercent,
        status: statusOf(picked.rate, headline.targetPercent),
      };
    }
    const sample = picked ?? { count: 0, mean: null, lower: null, upper: null, median: null, p90: null, variance: null };
    const unit = headline.unit === 'hours' ? ' h' : '';
    const digits = headline.unit === 'hours' ? 1 : 2;
    const openCases = headline.id === 'end-to-end-hours' ? `; ${measures.endToEnd.open} still open` : '';
    return {
      id: headline.id,
      label: headline.label,
      value: sample.mean,
      display: sample.mean === null ? 'no data' : `${formatNumber(sample.mean, digits)}${unit}`,
      detail: `${describeSample(sample, unit)}${openCases}`,
      targetPercent: null,
      status: sample.mean === null ? 'no-data' : 'no-target',
    };
  });
  const abandonment = measures.callAbandonment;
  const abstraction = report.abstraction;
  return [
    ...figures,
    {
      id: 'call-abandonment',
      label: 'Calls abandoned before answer',
      value: null,
      display: 'not recorded',
      detail: `${abandonment.reason}${abandonment.targets.length > 0 ? `; model targets: ${abandonment.targets.map((target) => `${target.name} ${target.targetPercent} %`).join(', ')}` : ''}`,
      targetPercent: null,
      status: 'not-recorded',
    },
    {
      id: 'abstraction',
      label: 'Abstraction (planned, from the model)',
      value: abstraction.totalPercent,
      display: `${formatNumber(abstraction.totalPercent)} %`,
      detail: `${abstraction.causes.map((cause) => `${cause.cause} ${cause.percent} %`).join(', ')}${abstraction.teams.length > 0 ? `; teams: ${abstraction.teams.map((team) => `${team.name} ${formatNumber(team.totalPercent)} %`).join(', ')}` : ''}`,
      targetPercent: null,
      status: 'planned',
    },
  ];
}

function valueText(value: number | null, unit: MeasureDifference['unit']): string {
  if (unit === 'proportion') return formatPercent(value);
  return value === null ? 'no data' : `${formatNumber(value, unit === 'hours' ? 1 : 2)}${unit === 'hours' ? ' h' : ''}`;
}

/** The before/after rows of `comparison`. */
export function comparisonRows(comparison: PeriodComparison): ComparisonRow[] {
  return comparison.differences.map((difference) => ({
    id: difference.id,
    label: difference.label,
    before: `${valueText(difference.before, difference.unit)} (n=${difference.beforeCount})`,
    after: `${valueText(difference.after, difference.unit)} (n=${difference.afterCount})`,
    change: formatChange(difference.difference, difference.unit),
    interval: difference.lower === null || difference.upper === null ? '' : `${formatChange(difference.lower, difference.unit)} to ${formatChange(difference.upper, difference.unit)}`,
    significant: difference.significant,
    note: difference.note,
  }));
}
