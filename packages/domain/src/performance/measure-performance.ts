/**
 * The performance report of a window: the measures over the whole window, per area of the model,
 * the planned abstraction, and — given a date inside the window — the comparison before and after
 * it. One read of the records; the rest is calculation.
 */
import type { PolicingModel } from '@peel/model';
import type { Clock } from '../shared/clock';
import { DomainError } from '../shared/domain-error';
import { comparePeriods, type PeriodComparison } from './compare-periods';
import { computeMeasures, filterRecords, type PeriodMeasures } from './compute-measures';
import { measureTrend, type TrendPeriod } from './measure-trend';
import { plannedAbstraction, type AbstractionMeasure } from './model-measures';
import type { PerformanceQueries } from './performance-records';

/** What the use case reads with. */
export interface PerformanceDeps {
  readonly queries: PerformanceQueries;
  readonly model: PolicingModel;
  readonly clock: Clock;
}

/** The window, an optional area, and an optional before/after split. */
export interface PerformanceRequest {
  readonly from: Date;
  readonly to: Date;
  readonly areaId?: string;
  /** Compare [from, splitAt) with [splitAt, to). */
  readonly splitAt?: Date;
}

/** The measures of one area (or of incidents placed in no area: `areaId` null). */
export interface AreaMeasures {
  readonly areaId: string | null;
  readonly name: string;
  readonly measures: PeriodMeasures;
}

/** The performance report. */
export interface PerformanceReport {
  readonly modelId: string;
  readonly force: string;
  readonly from: Date;
  readonly to: Date;
  readonly areaId: string | null;
  /** The instant the figures were computed at (pending vs missed depends on it). */
  readonly computedAt: Date;
  readonly measures: PeriodMeasures;
  readonly areas: readonly AreaMeasures[];
  readonly abstraction: AbstractionMeasure;
  readonly comparison: PeriodComparison | null;
  /** The measures week by week (longer steps for a long window), for a trend chart. */
  readonly trend: readonly TrendPeriod[];
}

function checkDate(value: Date, field: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) throw new DomainError('VALIDATION', `${field}: expected a valid date`, field);
}

/** Computes the report; VALIDATION naming `from`, `to`, `area` or `before` on bad input. */
export async function measurePerformance(deps: PerformanceDeps, request: PerformanceRequest): Promise<PerformanceReport> {
  const { model } = deps;
  checkDate(request.from, 'from');
  checkDate(request.to, 'to');
  if (request.to.getTime() <= request.from.getTime()) throw new DomainError('VALIDATION', `to: must be after from (${request.from.toISOString()})`, 'to');
  if (request.areaId !== undefined && !model.geography.areas.some((area) => area.id === request.areaId)) {
    throw new DomainError('VALIDATION', `area: model ${model.id} has no area "${request.areaId}" (areas: ${model.geography.areas.map((area) => area.id).join(', ')})`, 'area');
  }
  const splitAt = request.splitAt;
  if (splitAt !== undefined) {
    checkDate(splitAt, 'before');
    if (!(splitAt.getTime() > request.from.getTime() && splitAt.getTime() < request.to.getTime())) {
      throw new DomainError('VALIDATION', `before: the comparison date must fall inside the window (${request.from.toISOString()} to ${request.to.toISOString()})`, 'before');
    }
  }
  const records = await deps.queries.loadRecords({ from: request.from, to: request.to, ...(request.areaId === undefined ? {} : { areaId: request.areaId }) });
  const context = { model, now: deps.clock.now() };
  const areas = model.geography.areas.filter((area) => request.areaId === undefined || area.id === request.areaId).map((area) => ({ areaId: area.id as string | null, name: area.name }));
  const unplaced = filterRecords(records, (_at, areaId) => areaId === null);
  if (request.areaId === undefined && (unplaced.attendances.length > 0 || unplaced.resolutionCentre.length > 0)) areas.push({ areaId: null, name: 'Outside every area' });
  return {
    modelId: model.id,
    force: model.force,
    from: request.from,
    to: request.to,
    areaId: request.areaId ?? null,
    computedAt: context.now,
    measures: computeMeasures(records, context),
    areas: areas.map((area) => ({ ...area, measures: computeMeasures(filterRecords(records, (_at, areaId) => areaId === area.areaId), context) })),
    abstraction: plannedAbstraction(model),
    trend: measureTrend(records, request, context),
    comparison:
      splitAt === undefined
        ? null
        : comparePeriods(
            splitAt,
            computeMeasures(filterRecords(records, (at) => at.getTime() < splitAt.getTime()), context),
            computeMeasures(filterRecords(records, (at) => at.getTime() >= splitAt.getTime()), context),
          ),
  };
}
