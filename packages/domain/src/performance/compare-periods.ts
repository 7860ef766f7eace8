/**
 * Before and after a chosen date: each headline measure in both periods, the difference (after −
 * before) with its 95 % interval — Newcombe's hybrid score interval for proportions, Welch's t for
 * means — and a note on significance. An interval that excludes 0 is significant at the 5 % level:
 * a change that size would rarely arise by chance alone. It does not say the change caused it —
 * Wiltshire's report lists the policy changes, seasonality and data quality that also move figures.
 */
import type { PeriodMeasures } from './compute-measures';
import { proportionDifference, type Proportion } from './proportion';
import { meanDifference, type SampleSummary } from './sample-summary';

/** One headline measure compared across the split. */
export interface MeasureDifference {
  readonly id: string;
  readonly label: string;
  readonly kind: 'proportion' | 'mean';
  /** What the values are: a proportion (0–1), hours, or handoffs. */
  readonly unit: 'proportion' | 'hours' | 'handoffs';
  readonly before: number | null;
  readonly after: number | null;
  /** How many each value is over. */
  readonly beforeCount: number;
  readonly afterCount: number;
  readonly difference: number | null;
  readonly lower: number | null;
  readonly upper: number | null;
  /** Whether the 95 % interval excludes 0; null when no interval can be given. */
  readonly significant: boolean | null;
  readonly note: string;
}

/** The comparison of two periods. */
export interface PeriodComparison {
  readonly splitAt: Date;
  readonly before: PeriodMeasures;
  readonly after: PeriodMeasures;
  readonly differences: readonly MeasureDifference[];
}

/** Fewer than this in a period and the note says the comparison says little. */
export const SMALL_SAMPLE = 10;

/** A headline proportion or mean of a period, by id. */
export interface Headline {
  readonly id: string;
  readonly label: string;
  readonly kind: 'proportion' | 'mean';
  readonly unit: MeasureDifference['unit'];
  readonly pick: (measures: PeriodMeasures) => Proportion | SampleSummary | undefined;
  /** The model's target for a proportion, percent (null: none set, or a mean). */
  readonly targetPercent: number | null;
}

const CLOCK_WORDS = { 'call-answered': 'call answered', graded: 'grading', dispatched: 'dispatch' } as const;

/** The headline measures present in either period (attendance groups vary with the data). */
export function headlines(...periods: readonly PeriodMeasures[]): Headline[] {
  const groups = new Map<string, Headline>();
  for (const period of periods) {
    for (const group of period.attendance) {
      const id = `attendance-grade-${group.grade}-${group.urbanRural}-${group.clock}`;
      if (groups.has(id)) continue;
      const minutes = group.targetMinutes.join('/');
      groups.set(id, {
        id,
        label: `Grade ${group.grade} (${group.gradeName}) ${group.urbanRural}: attended within ${minutes} min of ${CLOCK_WORDS[group.clock]}`,
        kind: 'proportion',
        unit: 'proportion',
        pick: (measures) => measures.attendance.find((candidate) => candidate.grade === group.grade && candidate.urbanRural === group.urbanRural && candidate.clock === group.clock)?.compliance,
        targetPercent: group.targetPercent,
      });
    }
  }
  const first = periods[0];
  const hours = first?.resolutionCentre.contactWithinHours ?? 48;
  return [
    // In the measures' order: by grade, urban before rural (every period lists the model's targets first).
    ...groups.values(),
    { id: 'handoffs-per-case', label: 'Handoffs per case (mean)', kind: 'mean', unit: 'handoffs', pick: (measures) => measures.handoffs.perCase, targetPercent: null },
    { id: 'single-owner-cases', label: 'Cases with one owner throughout', kind: 'proportion', unit: 'proportion', pick: (measures) => measures.handoffs.singleOwner, targetPercent: null },
    { id: 'end-to-end-hours', label: 'Call to case finalised (mean hours)', kind: 'mean', unit: 'hours', pick: (measures) => measures.endToEnd.hours, targetPercent: null },
    { id: 'resolution-centre-resolution', label: 'Resolved within the Resolution Centre', kind: 'proportion', unit: 'proportion', pick: (measures) => measures.resolutionCentre.resolution, targetPercent: first?.resolutionCentre.resolutionTargetPercent ?? null },
    { id: 'resolution-centre-contact', label: `Resolution Centre: victim contacted within ${hours} h`, kind: 'proportion', unit: 'proportion', pick: (measures) => measures.resolutionCentre.contact, targetPercent: first?.resolutionCentre.contactTargetPercent ?? null },
    { id: 'victim-update-compliance', label: "Victims' Code updates on time", kind: 'proportion', unit: 'proportion', pick: (measures) => measures.victimUpdates.compliance, targetPercent: first?.victimUpdates.targetPercent ?? null },
  ];
}

function isProportion(value: Proportion | SampleSummary): value is Proportion {
  return 'rate' in value;
}

function valueOf(value: Proportion | SampleSummary | undefined): { value: number | null; count: number } {
  if (value === undefined) return { value: null, count: 0 };
  return isProportion(value) ? { value: value.rate, count: value.total } : { value: value.mean, count: value.count };
}

function noteFor(interval: { lower: number; upper: number } | null, beforeCount: number, afterCount: number): { significant: boolean | null; note: string } {
  if (interval === null) {
    return { significant: null, note: beforeCount === 0 || afterCount === 0 ? 'no comparison: a period has no data' : 'no interval: too few values or no variation' };
  }
  const significant = interval.lower > 0 || interval.upper < 0;
  const small = beforeCount < SMALL_SAMPLE || afterCount < SMALL_SAMPLE ? ` (fewer than ${SMALL_SAMPLE} in a period: treat with caution)` : '';
  return {
    significant,
    note: significant
      ? `significant at the 5 % level: the 95 % interval of the change excludes 0${small}`
      : `not significant at the 5 % level: the 95 % interval of the change includes 0, so it may be chance${small}`,
  };
}

/** Compares `before` and `after` (the measures either side of `splitAt`). */
export function comparePeriods(splitAt: Date, before: PeriodMeasures, after: PeriodMeasures): PeriodComparison {
  const differences = headlines(before, after).map((headline): MeasureDifference => {
    const earlier = headline.pick(before);
    const later = headline.pick(after);
    const b = valueOf(earlier);
    const a = valueOf(later);
    let interval: { difference: number; lower: number; upper: number } | null = null;
    if (earlier !== undefined && later !== undefined) {
      interval = isProportion(earlier) && isProportion(later) ? proportionDifference(later, earlier) : !isProportion(earlier) && !isProportion(later) ? meanDifference(later, earlier) : null;
    }
    const difference = interval?.difference ?? (a.value !== null && b.value !== null ? a.value - b.value : null);
    return {
      id: headline.id,
      label: headline.label,
      kind: headline.kind,
      unit: headline.unit,
      before: b.value,
      after: a.value,
      beforeCount: b.count,
      afterCount: a.count,
      difference,
      lower: interval?.lower ?? null,
      upper: interval?.upper ?? null,
      ...noteFor(interval, b.count, a.count),
    };
  });
  return { splitAt, before, after, differences };
}
