/**
 * What `peel demand profile` computes: stored crime counts (by month, category, area) turned into a
 * profile by @peel/engine — spread over the hours of the week by the calls-for-service intensity,
 * mapped to the model's demand types, split by grade, costed in time and harm.
 */
import type { DemandQueries, DemandRepository, DemandScope } from '@peel/domain';
import {
  buildDemandProfile,
  gradeMixFromCounts,
  hourOfWeekIntensity,
  hourOfWeekOccurrencesBetween,
  hourOfWeekLabel,
  mapCategoriesToDemandTypes,
  monthlySeasonality,
  resolveHarmWeights,
  uniformIntensity,
  UNGRADED_MIX,
  type DemandProfileRow,
  type ProfileDimension,
} from '@peel/engine';
import type { PolicingModel } from '@peel/model';
import { round } from './round';

/** The dimensions `--by` accepts (area is always one). */
export const BY_VALUES = ['hour-of-week', 'type', 'grade'] as const;
/** One `--by` value. */
export type ByValue = (typeof BY_VALUES)[number];

/** What the profile is asked for. */
export interface ProfileRequest {
  model?: PolicingModel;
  scope: DemandScope;
  by: readonly ByValue[];
  role?: string;
  /** The zone the calls' timestamps are read in for the hour-of-week intensity. */
  callsTimeZone: string;
}

/** One output row: the profile row with an hour label. */
export type ProfileReportRow = DemandProfileRow & { label?: string };

/** Builds the `--json` document of `peel demand profile`. */
export async function buildProfileReport(queries: DemandQueries, demand: DemandRepository, request: ProfileRequest) {
  const { model, scope, by, role, callsTimeZone } = request;
  if (role !== undefined && model && !(role in model.roles)) {
    throw new Error(`--role: "${role}" is not a role of model ${model.id} (roles: ${Object.keys(model.roles).join(', ')})`);
  }
  const counts = await queries.countCrimesByArea(scope);
  // With a model, say how many stored records of the same months fall in none of its areas
  // (other forces' crimes, or records whose ward the importer could not place).
  const outsideModel = model && scope.areaId === undefined ? sumCounts(await queries.countCrimesByArea({ fromMonth: scope.fromMonth, toMonth: scope.toMonth })) - sumCounts(counts) : null;
  const callCounts = await demand.countCallsByHourOfWeek({ timeZone: callsTimeZone });
  const calls = callCounts.reduce((sum, count) => sum + count, 0);
  const period = await queries.callsDateRange(callsTimeZone);
  const intensity = period && hourOfWeekIntensity(callCounts, hourOfWeekOccurrencesBetween(period.firstDay, period.lastDay));
  const gradeMix = gradeMixFromCounts(await queries.countCallsByGrade());
  const demandTypes = mapCategoriesToDemandTypes(model?.demandTypes);
  const harm = resolveHarmWeights(model?.harmWeights);
  const dimensions: ProfileDimension[] = ['area', ...by.map((value): ProfileDimension => value)];
  const profile = buildDemandProfile({ counts, intensity: intensity ?? uniformIntensity(), demandTypes, harm, gradeMix: gradeMix ?? UNGRADED_MIX, role, by: dimensions });
  const rows: ProfileReportRow[] = profile.rows.map((row) => roundRow(row.hourOfWeek === undefined ? row : { ...row, label: hourOfWeekLabel(row.hourOfWeek) }));
  return {
    model: model?.id ?? null,
    area: scope.areaId ?? null,
    by: dimensions,
    months: profile.months,
    weeks: round(profile.weeks),
    method: {
      intensity: intensity
        ? {
            source: 'calls-for-service',
            calls,
            timeZone: callsTimeZone,
            period: period ?? null,
            rule: 'from every stored call (all areas): w_h = (calls in hour-of-week h / times h occurred in the calls\' period), normalised to sum 1; crimes of a month: E_h = count × w_h·n_h / Σ_k w_k·n_k, n_h = times h occurs in that month',
          }
        : { source: 'uniform', calls: 0, timeZone: callsTimeZone, rule: 'no calls for service stored: every hour of the week weighs 1/168' },
      timePerJob: { role: role ?? null, rule: role ? `minutes of role ${role} (0 where a demand type lists no time for it)` : 'sum of the minutes of every role the demand type lists (total staff time)' },
      harm: { name: harm.name, unit: harm.unit, source: harm.source, defaulted: harm.defaulted },
      gradeMix: gradeMix
        ? { source: 'calls-for-service', rule: 'share of graded calls in each grade, applied to every demand type', shares: gradeMix.map(({ grade, share }) => ({ grade, share: round(share) })) }
        : { source: 'ungraded', rule: 'no graded calls stored: every job is ungraded (grade null)', shares: [{ grade: null, share: 1 }] },
      demandTypes: model ? 'model' : 'default: one type per data.police.uk category, default minutes per job (assumption)',
      unmappedCategories: demandTypes.unmapped,
      workload: 'workload = count × time per job × harm weight (harm-weighted hours)',
    },
    totals: roundRow(profile.totals),
    /** Stored crimes of the same months in none of the model's areas (null without a model or with --area). */
    recordsOutsideModel: outsideModel,
    rows,
    seasonality: monthlySeasonality(counts).map((month) => ({ ...month, perDay: round(month.perDay), index: round(month.index) })),
  };
}

/** The JSON document of `peel demand profile`. */
export type ProfileReport = Awaited<ReturnType<typeof buildProfileReport>>;

function sumCounts(rows: readonly { count: number }[]): number {
  return rows.reduce((sum, row) => sum + row.count, 0);
}

function roundRow<Row extends { count: number; perWeek: number; perHour?: number; timeHours: number; harm: number; workload: number }>(row: Row): Row {
  return {
    ...row,
    count: round(row.count),
    perWeek: round(row.perWeek),
    ...(row.perHour === undefined ? {} : { perHour: round(row.perHour) }),
    timeHours: round(row.timeHours),
    harm: round(row.harm),
    workload: round(row.workload),
  };
}
