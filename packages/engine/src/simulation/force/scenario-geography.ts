/**
 * Where incidents happen and units patrol. With boundary data, each area's candidate locations are
 * the centroids of its LSOAs (weighted by the crime recorded in each, urban or rural by the ward
 * that holds it), projected to kilometres on a plane about the force's centre (equirectangular:
 * Snyder 1987 §12; distance error < 0.2 % over a force area). Without it the documented fallback
 * stands each ward in for a location, spread evenly (Vogel's sunflower spiral: r = R·√(i/n),
 * θ = i·137.508°) over a disc of the area's assumed size, the discs of the areas side by side.
 */
import { createEquirectangular } from '../../demand/equirectangular';
import type { ScenarioArea } from './force-scenario';
import type { SimulationArea } from './simulation-model';

/** One candidate location in WGS 84 degrees. */
export interface GeographyLocation {
  lon: number;
  lat: number;
  /** Relative weight (e.g. crimes recorded there); > 0. */
  weight: number;
  urban: boolean;
}

/** Locations by area id (areas missing or empty fall back to a disc; see the file comment). */
export type LocationsByArea = Readonly<Record<string, readonly GeographyLocation[]>>;

/** ASSUMPTION for the fallback: a ward of about 5,500 residents covers about 3 km² in towns and 30 km² in the country. */
export const FALLBACK_WARD_KM2 = { urban: 3, rural: 30 } as const;

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** Areas in km from real locations where given, the fallback disc where not; with notes on what was used. */
export function projectGeography(areas: readonly SimulationArea[], locations: LocationsByArea | undefined): { areas: ScenarioArea[]; notes: string[] } {
  const withData = areas.filter((area) => (locations?.[area.id]?.length ?? 0) > 0);
  if (withData.length === 0) {
    let offset = 0;
    const result = areas.map((area) => {
      const disc = wardDisc(area, 0, 0);
      const shifted = { ...disc, x: disc.x.map((x) => x + offset + disc.radius), y: disc.y };
      offset += 2 * disc.radius;
      return stripRadius(shifted);
    });
    return { areas: result, notes: [`locations: no LSOA centroids available; each ward stands in for a location on a disc of its area's assumed size (${FALLBACK_WARD_KM2.urban} km² a ward in towns, ${FALLBACK_WARD_KM2.rural} km² in the country), the areas side by side (fallback)`] };
  }
  const all = withData.flatMap((area) => locations![area.id]!);
  const centreLon = all.reduce((sum, point) => sum + point.lon, 0) / all.length;
  const centreLat = all.reduce((sum, point) => sum + point.lat, 0) / all.length;
  const projection = createEquirectangular(centreLon, centreLat);
  const notes: string[] = [];
  const result = areas.map((area) => {
    const points = locations?.[area.id] ?? [];
    if (points.length === 0) {
      notes.push(`locations: area ${area.id} has no LSOA centroids; its wards stand in, on a disc at the force's centre (fallback)`);
      return stripRadius(wardDisc(area, 0, 0));
    }
    const projected = points.map((point) => projection.project(point.lon, point.lat));
    points.forEach((point, index) => {
      if (!(point.weight > 0) || !Number.isFinite(point.weight)) throw new RangeError(`locations.${area.id}[${index}].weight: expected a number > 0, got ${point.weight}`);
    });
    return {
      id: area.id,
      name: area.name,
      x: projected.map((p) => p.x / 1000),
      y: projected.map((p) => p.y / 1000),
      weight: points.map((point) => point.weight),
      urban: points.map((point) => (point.urban ? 1 : 0)),
    };
  });
  return { areas: result, notes };
}

/** The fallback: the area's wards spread over a disc centred at (cx, cy) km. */
function wardDisc(area: SimulationArea, cx: number, cy: number): ScenarioArea & { radius: number } {
  const km2 = area.wards.reduce((sum, ward) => sum + FALLBACK_WARD_KM2[ward.urbanRural], 0);
  const radius = Math.sqrt(km2 / Math.PI);
  const n = area.wards.length;
  const x: number[] = [];
  const y: number[] = [];
  area.wards.forEach((_, i) => {
    const r = radius * Math.sqrt((i + 0.5) / n);
    x.push(cx + r * Math.cos(i * GOLDEN_ANGLE));
    y.push(cy + r * Math.sin(i * GOLDEN_ANGLE));
  });
  return { id: area.id, name: area.name, x, y, weight: area.wards.map(() => 1), urban: area.wards.map((ward) => (ward.urbanRural === 'urban' ? 1 : 0)), radius };
}

function stripRadius(area: ScenarioArea & { radius?: number }): ScenarioArea {
  const { id, name, x, y, weight, urban } = area;
  return { id, name, x, y, weight, urban };
}
