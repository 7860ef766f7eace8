/**
 * The demand a force simulation runs on, read the way `peel demand profile` reads it: crimes by
 * month, category and model area from the DemandQueries port, spread over the hours of the week by
 * the calls-for-service intensity (uniform without calls), mapped to the model's demand types and
 * split by grade, by @peel/engine's `buildDemandProfile`. Each row's count over the period divided by
 * how often its hour-of-week slot occurred gives an arrival rate per hour.
 *
 * The grade mix is the simulator's (`simulationGradeMix`): graded calls where stored, otherwise the
 * assumed mix by grade response — the demand profile leaves such crimes ungraded, which a
 * simulation cannot route.
 */
import type { DemandQueries, DemandRepository, DemandScope } from '@peel/domain';
import {
  buildDemandProfile,
  gradeMixFromCounts,
  HOURS_PER_WEEK,
  hourOfWeekIntensity,
  hourOfWeekOccurrences,
  hourOfWeekOccurrencesBetween,
  mapCategoriesToDemandTypes,
  resolveHarmWeights,
  simulationGradeMix,
  uniformIntensity,
  type DemandRate,
  type ScenarioDemandTypeSpec,
} from '@peel/engine';
import type { PolicingModel } from '@peel/model';

/** The demand and how it was derived. */
export interface SimulationDemand {
  rates: DemandRate[];
  demandTypes: ScenarioDemandTypeSpec[];
  /** Months of crime the rates are averaged over. */
  months: string[];
  crimes: number;
  /** Crimes a day over the months. */
  crimesPerDay: number;
  notes: string[];
}

/** Thrown when there is no crime to simulate; the message says which import to run. */
export class NoDemandError extends Error {}

/** Reads and shapes the demand (see the file comment). */
export async function loadSimulationDemand(params: {
  model: PolicingModel;
  modelFile: string;
  queries: DemandQueries;
  repository: DemandRepository;
  scope: DemandScope;
  databaseName: string;
}): Promise<SimulationDemand> {
  const { model, modelFile, queries, repository, scope, databaseName } = params;
  const counts = await queries.countCrimesByArea(scope);
  const crimes = counts.reduce((sum, row) => sum + row.count, 0);
  if (crimes === 0) {
    throw new NoDemandError(
      `no crime records in ${databaseName} fall in the areas of model ${model.id}: import the force's data.police.uk street-crime files first, e.g. \`peel import police-uk <yyyy-mm>-<force>-street.csv … --model ${modelFile}\``,
    );
  }
  const timeZone = model.timeZone;
  const callCounts = await repository.countCallsByHourOfWeek({ timeZone });
  const period = await queries.callsDateRange(timeZone);
  const intensity = period ? hourOfWeekIntensity(callCounts, hourOfWeekOccurrencesBetween(period.firstDay, period.lastDay)) : undefined;
  const gradeMix = simulationGradeMix(model.grades, gradeMixFromCounts(await queries.countCallsByGrade()));
  const mapping = mapCategoriesToDemandTypes(model.demandTypes);
  const profile = buildDemandProfile({
    counts,
    intensity: intensity ?? uniformIntensity(),
    demandTypes: mapping,
    harm: resolveHarmWeights(model.harmWeights),
    gradeMix: gradeMix.shares,
    by: ['area', 'hour-of-week', 'type', 'grade'],
  });
  const occurrences = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const month of profile.months) hourOfWeekOccurrences(month).forEach((n, hour) => (occurrences[hour]! += n));
  const rates: DemandRate[] = [];
  for (const row of profile.rows) {
    if (row.area === null || row.area === undefined || row.hourOfWeek === undefined || row.demandType === undefined || row.grade === null || row.grade === undefined) continue;
    if (row.count <= 0) continue;
    rates.push({ area: row.area, hourOfWeek: row.hourOfWeek, demandType: row.demandType, grade: row.grade, perHour: row.count / occurrences[row.hourOfWeek]! });
  }
  const days = profile.weeks * 7;
  const notes = [
    `demand: ${crimes.toLocaleString('en-GB')} recorded crimes and ASB reports in the model's areas, ${profile.months[0]}…${profile.months[profile.months.length - 1]} (${(crimes / days).toFixed(1)} a day)`,
    intensity
      ? `hour of week: the shape of the ${callCounts.reduce((a, b) => a + b, 0).toLocaleString('en-GB')} calls for service stored (read in ${timeZone})`
      : 'hour of week: uniform (no calls for service stored: import some with `peel import calls` for a daily and weekly shape)',
    gradeMix.note,
  ];
  if (mapping.unmapped.length > 0) notes.push(`categories with no model demand type, simulated with default times: ${mapping.unmapped.join(', ')}`);
  const crimeTypes = new Set(mapping.types.map((type) => type.id));
  const absent = model.demandTypes.filter((type) => !crimeTypes.has(type.id)).map((type) => type.id);
  if (absent.length > 0) notes.push(`demand types with no data.police.uk category get no incidents (recorded crime cannot show them): ${absent.join(', ')}`);
  return {
    rates,
    demandTypes: mapping.types.map((type) => {
      const modelType = model.demandTypes.find((candidate) => candidate.id === type.id);
      return { id: type.id, name: type.name, timeTakenMinutes: type.timeTakenMinutes, unitsRequired: modelType?.unitsRequired, tags: modelType?.tags };
    }),
    months: profile.months,
    crimes,
    crimesPerDay: crimes / days,
    notes,
  };
}
