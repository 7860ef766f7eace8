/**
 * Grade 1 cover, and what sending a unit costs it. For each coverage area the expected Grade 1
 * travel time is the travel time from the nearest covering unit to the area's centroid (the
 * closest-available-unit rule of Larson & Odoni, "Urban Operations Research", 1981). An area is
 * covered when that time is within its target. Sending unit u changes only the areas whose
 * nearest unit is u, and each of those falls back to its
 * second-nearest, so two neighbours per area — found with the grid index, not a scan of every
 * unit — answer "which areas fall outside their target if u goes" for every u at once.
 *
 * This compares travel time with the target, as a controller's map does. Where a grade's target
 * runs on the call-answered clock, call handling and dispatch use part of it: put that allowance in
 * the travel model's set-up time, or in lower area targets, to be stricter.
 */
import { buildNearestIndex, linearIndex, type NearestIndex } from './nearest-index';
import type { CoverageArea } from './coverage-area';
import type { GeoPoint } from './geo-point';
import { DEFAULT_TRAVEL_MODEL, travelMinutesForDistance, type TravelModel } from './travel-model';

/** A unit that counts towards cover: free, positioned and able to take a Grade 1. */
export interface CoveringUnit {
  readonly id: string;
  readonly position: GeoPoint;
}

/** The cover of one area now. */
export interface AreaCover {
  readonly areaId: string;
  readonly targetMinutes: number;
  /** The nearest covering unit, or null when there is none. */
  readonly nearestUnitId: string | null;
  /** Travel minutes from it, or null. */
  readonly nearestMinutes: number | null;
  /** Travel minutes from the second-nearest (what is left if the nearest goes), or null. */
  readonly fallbackMinutes: number | null;
  /** nearestMinutes <= targetMinutes. */
  readonly covered: boolean;
}

/** An area that would fall outside its target. */
export interface CoverageLoss {
  readonly areaId: string;
  readonly targetMinutes: number;
  readonly minutesNow: number;
  /** Travel minutes from the next unit, or null when no covering unit would be left. */
  readonly minutesAfter: number | null;
}

/** Cover now, and the loss each unit's departure would cause. */
export interface CoverageAssessment {
  readonly areas: readonly AreaCover[];
  /** Areas already outside their target (no unit's departure is blamed for them). */
  readonly uncoveredAreaIds: readonly string[];
  /** Areas that fall outside their target if `unitId` leaves; empty when it is no covered area's nearest. */
  lossIfSent(unitId: string): readonly CoverageLoss[];
}

/** How neighbours are found: the grid (default) or a scan of every unit (the benchmark's baseline). */
export type NeighbourSearch = 'grid' | 'linear';

/** Assesses cover of `areas` by `units` (positions assumed valid, see checkGeoPoint). */
export function assessCoverage(input: {
  readonly units: readonly CoveringUnit[];
  readonly areas: readonly CoverageArea[];
  readonly travel?: TravelModel;
  readonly search?: NeighbourSearch;
}): CoverageAssessment {
  const { units, areas, travel = DEFAULT_TRAVEL_MODEL, search = 'grid' } = input;
  const positions = units.map((unit) => unit.position);
  const index: NearestIndex = search === 'grid' ? buildNearestIndex(positions) : linearIndex(positions);
  const losses = new Map<string, CoverageLoss[]>();
  const uncovered: string[] = [];
  const covers = areas.map((area): AreaCover => {
    const [first, second] = index.nearest(area.centroid, 2);
    const nearestMinutes = first ? travelMinutesForDistance(first.distanceKm, area.urbanRural, travel) : null;
    const fallbackMinutes = second ? travelMinutesForDistance(second.distanceKm, area.urbanRural, travel) : null;
    const covered = nearestMinutes !== null && nearestMinutes <= area.targetMinutes;
    const nearestUnitId = first ? (units[first.index] as CoveringUnit).id : null;
    if (!covered) uncovered.push(area.id);
    else if (nearestUnitId !== null && (fallbackMinutes === null || fallbackMinutes > area.targetMinutes)) {
      const list = losses.get(nearestUnitId) ?? [];
      list.push({ areaId: area.id, targetMinutes: area.targetMinutes, minutesNow: nearestMinutes as number, minutesAfter: fallbackMinutes });
      losses.set(nearestUnitId, list);
    }
    return { areaId: area.id, targetMinutes: area.targetMinutes, nearestUnitId, nearestMinutes, fallbackMinutes, covered };
  });
  return { areas: covers, uncoveredAreaIds: uncovered, lossIfSent: (unitId) => losses.get(unitId) ?? [] };
}
