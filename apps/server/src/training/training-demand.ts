/**
 * What training mode generates calls from: Poisson streams of incidents by area, demand type,
 * grade and channel, with a rate for each hour of the week, where they happen, and how long a unit
 * spends on scene. Built from the simulator's compiled scenario of the force (its real demand, or
 * the synthetic demo force's), so the training board moves at the force's own pace and weekly
 * rhythm.
 */
import type { ForceScenario, LocationsByArea } from '@peel/engine';

/** One stream of calls. */
export interface TrainingCallClass {
  areaId: string;
  demandTypeId: string;
  demandTypeName: string;
  grade: number;
  /** A channel of the model, e.g. "999". */
  channelId: string;
  /** Calls per hour in each of the 168 hours of the week (hour 0: Monday 00:00–00:59). */
  perHour: readonly number[];
}

/** A place calls come from, with its relative weight. */
export interface TrainingLocation {
  lat: number;
  lon: number;
  weight: number;
}

/** Everything the call generator needs. */
export interface TrainingDemand {
  classes: readonly TrainingCallClass[];
  /** Area id → places (at least one per area that has a class). */
  locations: Readonly<Record<string, readonly TrainingLocation[]>>;
  /** Demand type id → mean minutes a unit spends on scene. */
  onSceneMinutes: Readonly<Record<string, number>>;
  /** Coefficient of variation of on-scene times (lognormal). */
  onSceneCv: number;
}

/**
 * The training demand of a compiled scenario. Only incident arrivals of demand types the model
 * itself has are kept (plain calls raise no incident; the simulator's stand-in types for crime
 * categories no model type claims cannot be recorded as incidents of this model). Locations are
 * the simulator's (LSOA centroids weighted by crime); an area without any is left out.
 */
export function trainingDemandFromScenario(params: { scenario: ForceScenario; locations: LocationsByArea; modelDemandTypeIds: readonly string[] }): TrainingDemand {
  const { scenario, locations, modelDemandTypeIds } = params;
  const known = new Set(modelDemandTypeIds);
  const classes: TrainingCallClass[] = [];
  for (const arrival of scenario.arrivals) {
    if (arrival.kind !== 'incident') continue;
    const area = scenario.areas[arrival.area];
    const type = scenario.demandTypes[arrival.type];
    const grade = scenario.grades[arrival.grade];
    const channel = scenario.channels[arrival.channel];
    if (!area || !type || !grade || !channel) throw new RangeError(`scenario ${scenario.modelId}: an arrival class refers to a missing area, demand type, grade or channel`);
    if (!known.has(type.id) || (locations[area.id]?.length ?? 0) === 0) continue;
    if (!arrival.perHour.some((rate) => rate > 0)) continue;
    classes.push({ areaId: area.id, demandTypeId: type.id, demandTypeName: type.name, grade: grade.grade, channelId: channel.id, perHour: arrival.perHour });
  }
  const onSceneMinutes: Record<string, number> = {};
  scenario.demandTypes.forEach((type, index) => {
    const byRole = (scenario.onSceneMinutes[index] ?? []).filter((minutes) => minutes > 0);
    if (byRole.length > 0) onSceneMinutes[type.id] = Math.min(...byRole);
  });
  const usedAreas = new Set(classes.map((item) => item.areaId));
  const places: Record<string, TrainingLocation[]> = {};
  for (const areaId of usedAreas) places[areaId] = (locations[areaId] ?? []).map(({ lat, lon, weight }) => ({ lat, lon, weight }));
  return { classes, locations: places, onSceneMinutes, onSceneCv: scenario.onSceneCv };
}

/** Calls per simulated hour the demand generates in the hour of the week holding `minuteOfWeek`. */
export function callsPerHourAt(demand: TrainingDemand, minuteOfWeek: number): number {
  const hour = Math.floor(minuteOfWeek / 60) % 168;
  return demand.classes.reduce((sum, item) => sum + (item.perHour[hour] ?? 0), 0);
}
