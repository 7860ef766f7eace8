/**
 * What `peel demand hotspots` computes: the top LSOAs or wards by count or harm, a quartic kernel
 * density grid of the crime points, and the Prediction Accuracy Index (Chainey, Tompson & Uhlig
 * 2008) of both on a held-back month — fitted on the months before it, scored on it.
 */
import type { DemandQueries, DemandScope, HotspotLevel } from '@peel/domain';
import {
  cellCentre,
  evaluateGridHotspots,
  evaluatePredictionAccuracy,
  gridCovering,
  kernelDensityGrid,
  rankHotspots,
  resolveHarmWeights,
  splitHoldout,
  topCellIndices,
  type GeoPoint,
  type PredictionAccuracy,
  type ResolvedHarmWeights,
} from '@peel/engine';
import type { PolicingModel } from '@peel/model';
import { round } from './round';

/** What the hotspots are asked for. */
export interface HotspotsRequest {
  model?: PolicingModel;
  scope: DemandScope;
  level: HotspotLevel;
  top: number;
  byHarm: boolean;
  holdoutMonth?: string;
  areaFraction: number;
  bandwidthMetres: number;
  cellSizeMetres: number;
}

const M2_PER_KM2 = 1_000_000;

/** A PAI result with areas in km². */
export interface PaiFigures {
  pai: number | null;
  hits: number;
  totalHits: number;
  hotspotAreaKm2: number;
  totalAreaKm2: number;
  hitRate: number | null;
  areaShare: number;
  hotspotUnits: number;
}

/** The PAI of the KDE grid: figures, the study cells, and the kernel used. */
export type GridPai = PaiFigures & { studyCells: number; cellSizeMetres: number; bandwidthMetres: number };

/** The PAI of the LSOAs or wards, or why it could not be computed; crimes in units without a boundary are counted. */
export type UnitPai = (PaiFigures | { pai: null; reason: string }) & { crimesWithoutBoundary: number };

/** The hold-out evaluation. */
export interface PaiSection {
  holdoutMonth: string | null;
  fitMonths: string[];
  areaFraction: number;
  weightedBy: 'count' | 'harm';
  grid: GridPai | null;
  units: UnitPai | null;
  /** Why something was not computed. */
  reason?: string;
}

/** What {@link rankUnits} is asked for. */
export interface RankUnitsRequest {
  model?: PolicingModel;
  scope: DemandScope;
  level: HotspotLevel;
  /** How many units to rank (the rest are left out); Infinity for every unit. */
  top: number;
  byHarm: boolean;
}

/**
 * Crimes and harm per LSOA or ward over the scope's months, ranked by count or harm, with each
 * unit's km² from the stored boundaries: the hotspot table, and (with `top: Infinity`) the figures
 * of a demand map.
 */
export async function rankUnits(queries: DemandQueries, request: RankUnitsRequest) {
  const { model, scope, level, top, byHarm } = request;
  const harm = resolveHarmWeights(model?.harmWeights);
  const weightOf = (category: string) => harm.weights[category as keyof ResolvedHarmWeights['weights']];
  const unitCounts = await queries.countCrimesByUnit(level, scope);
  const months = [...new Set(unitCounts.map((row) => row.month))].sort();

  // Totals per unit over the whole period.
  const totals = new Map<string, { count: number; harm: number }>();
  let unplaced = 0;
  for (const row of unitCounts) {
    if (row.unitCode === null) {
      unplaced += row.count;
      continue;
    }
    const entry = totals.get(row.unitCode) ?? { count: 0, harm: 0 };
    entry.count += row.count;
    entry.harm += row.count * weightOf(row.category);
    totals.set(row.unitCode, entry);
  }
  const boundaries = new Map((await queries.listBoundaryAreas(level, [...totals.keys()])).map((boundary) => [boundary.code, boundary]));
  const units = [...totals.entries()].map(([code, entry]) => ({ code, name: boundaries.get(code)?.name ?? null, areaKm2: boundaries.get(code)?.areaKm2 ?? null, ...entry }));
  const ranked = rankHotspots({ units, top: Math.max(1, Math.min(top, units.length)), by: byHarm ? 'harm' : 'count' }).map((unit) => ({
    rank: unit.rank,
    code: unit.code,
    name: unit.name ?? null,
    count: unit.count,
    harm: round(unit.harm),
    share: round(unit.share),
    cumulativeShare: round(unit.cumulativeShare),
    areaKm2: unit.areaKm2 === null || unit.areaKm2 === undefined ? null : round(unit.areaKm2),
    countPerKm2: unit.countPerKm2 === null ? null : round(unit.countPerKm2),
    harmPerKm2: unit.harmPerKm2 === null ? null : round(unit.harmPerKm2),
  }));
  return { harm, weightOf, unitCounts, months, totals, unplaced, boundaries, units: ranked };
}

/** Builds the `--json` document of `peel demand hotspots`. */
export async function buildHotspotsReport(queries: DemandQueries, request: HotspotsRequest) {
  const { model, scope, level, top, byHarm, areaFraction, bandwidthMetres, cellSizeMetres } = request;
  const { harm, weightOf, unitCounts, months, totals, unplaced, boundaries, units: hotspots } = await rankUnits(queries, { model, scope, level, top, byHarm });
  const units = [...totals.keys()].map((code) => ({ areaKm2: boundaries.get(code)?.areaKm2 ?? null }));

  const points = await queries.listCrimePoints(scope);
  const weighted = (rows: typeof points): GeoPoint[] => rows.map((point) => ({ lon: point.longitude, lat: point.latitude, ...(byHarm ? { weight: weightOf(point.category) } : {}) }));
  const kde = points.length === 0 ? null : densitySummary(weighted(points), { bandwidthMetres, cellSizeMetres, top });

  const split = splitHoldout({ months, holdoutMonth: request.holdoutMonth });
  let pai: PaiSection;
  if (split.status === 'insufficient') {
    pai = { holdoutMonth: request.holdoutMonth ?? null, fitMonths: [], areaFraction, weightedBy: byHarm ? 'harm' : 'count', grid: null, units: null, reason: split.reason };
  } else {
    const isFit = (month: string) => split.fitMonths.includes(month);
    const fitPoints = weighted(points.filter((point) => isFit(point.month)));
    const testPoints = weighted(points.filter((point) => point.month === split.holdoutMonth));
    const grid: GridPai | null =
      fitPoints.length === 0 || testPoints.length === 0
        ? null
        : (() => {
            const result = asOptionError(() => evaluateGridHotspots({ fitPoints, testPoints, bandwidthMetres, cellSizeMetres, areaFraction }));
            return { ...accuracyInKm2(result.accuracy), studyCells: result.studyCells, cellSizeMetres, bandwidthMetres };
          })();
    pai = {
      holdoutMonth: split.holdoutMonth,
      fitMonths: split.fitMonths,
      areaFraction,
      weightedBy: byHarm ? 'harm' : 'count',
      grid,
      units: unitAccuracy({ unitCounts, boundaries, isFit, holdoutMonth: split.holdoutMonth, weightOf, byHarm, areaFraction, level }),
      ...(grid === null ? { reason: 'no geolocated crimes in the fit months or in the held-back month' } : {}),
    };
  }

  return {
    level,
    rankedBy: byHarm ? ('harm' as const) : ('count' as const),
    top,
    model: model?.id ?? null,
    area: scope.areaId ?? null,
    months,
    harm: { name: harm.name, unit: harm.unit, source: harm.source, defaulted: harm.defaulted },
    totals: {
      count: unitCounts.reduce((sum, row) => sum + row.count, 0),
      harm: round(unitCounts.reduce((sum, row) => sum + row.count * weightOf(row.category), 0)),
      units: totals.size,
      unitsWithBoundary: units.filter((unit) => unit.areaKm2 !== null).length,
      unplaced,
      points: points.length,
    },
    hotspots,
    kde,
    pai,
  };
}

/** The JSON document of `peel demand hotspots`. */
export type HotspotsReport = Awaited<ReturnType<typeof buildHotspotsReport>>;

/** The KDE of every point over the period: the grid, and its densest cells. */
function densitySummary(points: GeoPoint[], options: { bandwidthMetres: number; cellSizeMetres: number; top: number }) {
  const { bandwidthMetres, cellSizeMetres, top } = options;
  const grid = asOptionError(() => gridCovering({ points, cellSizeMetres, marginMetres: bandwidthMetres }));
  const surface = kernelDensityGrid({ grid, points, bandwidthMetres });
  const cellKm2 = (cellSizeMetres * cellSizeMetres) / M2_PER_KM2;
  const order = topCellIndices(surface, top);
  return {
    kernel: 'quartic',
    bandwidthMetres,
    cellSizeMetres,
    projection: { kind: 'equirectangular', centreLon: round(grid.projection.centreLon), centreLat: round(grid.projection.centreLat) },
    columns: grid.columns,
    rows: grid.rows,
    originX: grid.originX,
    originY: grid.originY,
    total: round(surface.reduce((sum, value) => sum + value, 0)),
    topCells: order.map((index) => {
      const centre = cellCentre(grid, index);
      return { cell: index, lon: round(centre.lon), lat: round(centre.lat), expected: round(surface[index]!), perKm2: round(surface[index]! / cellKm2) };
    }),
  };
}

/** Runs `make`; a grid too large for memory is reported against the option that sets the cell size. */
function asOptionError<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    if (error instanceof RangeError && error.message.startsWith('cellSizeMetres:')) throw new Error(`--cell-size: ${error.message.slice('cellSizeMetres: '.length)} (or narrow the records with --model, --area)`, { cause: error });
    throw error;
  }
}

/** A PAI result with its areas in km². */
function accuracyInKm2(accuracy: PredictionAccuracy, areaScale = M2_PER_KM2): PaiFigures {
  return {
    pai: accuracy.pai === null ? null : round(accuracy.pai),
    hits: round(accuracy.hits),
    totalHits: round(accuracy.totalHits),
    hotspotAreaKm2: round(accuracy.hotspotArea / areaScale),
    totalAreaKm2: round(accuracy.totalArea / areaScale),
    hitRate: accuracy.hitRate === null ? null : round(accuracy.hitRate),
    areaShare: round(accuracy.areaShare),
    hotspotUnits: accuracy.hotspotUnits,
  };
}

/**
 * PAI over LSOAs or wards: fitted = each unit's count (or harm) in the fit months, observed = in
 * the held-back month, areas from the stored boundaries. The study area is every unit with a
 * boundary that has a crime in the fit or held-back months; crimes in units without a boundary
 * are left out and counted.
 */
function unitAccuracy(options: {
  unitCounts: Awaited<ReturnType<DemandQueries['countCrimesByUnit']>>;
  boundaries: Map<string, { areaKm2: number }>;
  isFit: (month: string) => boolean;
  holdoutMonth: string;
  weightOf: (category: string) => number;
  byHarm: boolean;
  areaFraction: number;
  level: HotspotLevel;
}): UnitPai {
  const { unitCounts, boundaries, isFit, holdoutMonth, weightOf, byHarm, areaFraction, level } = options;
  const fitted = new Map<string, number>();
  const observed = new Map<string, number>();
  let withoutBoundary = 0;
  for (const row of unitCounts) {
    const inFit = isFit(row.month);
    if (!inFit && row.month !== holdoutMonth) continue;
    const value = byHarm ? row.count * weightOf(row.category) : row.count;
    if (row.unitCode === null || !boundaries.has(row.unitCode) || !(boundaries.get(row.unitCode)!.areaKm2 > 0)) {
      withoutBoundary += row.count;
      continue;
    }
    const target = inFit ? fitted : observed;
    target.set(row.unitCode, (target.get(row.unitCode) ?? 0) + value);
    const other = inFit ? observed : fitted;
    if (!other.has(row.unitCode)) other.set(row.unitCode, 0);
  }
  const codes = [...fitted.keys()].sort();
  if (codes.length === 0) return { pai: null, reason: `no ${level} boundaries stored for the crimes' ${level === 'lsoa' ? 'LSOAs' : 'wards'} (import them with \`peel import boundaries --level ${level}\`)`, crimesWithoutBoundary: withoutBoundary };
  const accuracy = evaluatePredictionAccuracy({
    fitted: codes.map((code) => fitted.get(code)!),
    observed: codes.map((code) => observed.get(code)!),
    areas: codes.map((code) => boundaries.get(code)!.areaKm2),
    areaFraction,
  });
  return { ...accuracyInKm2(accuracy, 1), crimesWithoutBoundary: withoutBoundary };
}
