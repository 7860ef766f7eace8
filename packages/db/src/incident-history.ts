/**
 * The {@link IncidentHistory} port over drizzle: past incidents of the same person (by the
 * normalised phone and name keys stored beside the personal data) or near a point (a bounding box
 * in SQL on the `(lat, lon)` index, then the domain's exact great-circle distance).
 */
import { distanceMetres, type IncidentHistory, type PastIncident, type HistoryWindow } from '@peel/domain';
import { and, between, desc, eq, exists, gte, inArray, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from './database';
import { incidentPeople, incidents } from './schema';

const EARTH_MEAN_RADIUS_METRES = 6_371_008.8;
const DEGREES = 180 / Math.PI;

const pastColumns = {
  id: incidents.id,
  createdAt: incidents.createdAt,
  incidentTypeCode: incidents.incidentCode,
  demandTypeId: incidents.demandTypeId,
  lat: incidents.lat,
  lon: incidents.lon,
};

/**
 * The latitude and longitude ranges that contain every point within `radiusMetres` of the centre
 * on the sphere (J. P. Matuschek, "Finding Points Within a Distance of a Latitude/Longitude Using
 * Bounding Coordinates", 2010, section 3.3: Δλ = asin(sin r / cos φ)). The longitude range is
 * null (no bound) near a pole or across the antimeridian. Widened by a hair for rounding.
 */
export function boundingBox(centre: { lat: number; lon: number }, radiusMetres: number): { lat: [number, number]; lon: [number, number] | null } {
  const angular = radiusMetres / EARTH_MEAN_RADIUS_METRES;
  const margin = 1e-9;
  const dLat = angular * DEGREES + margin;
  const lat: [number, number] = [centre.lat - dLat, centre.lat + dLat];
  const cosLat = Math.cos(centre.lat / DEGREES);
  const ratio = Math.sin(angular) / cosLat;
  if (lat[0] <= -90 || lat[1] >= 90 || !(ratio < 1)) return { lat, lon: null };
  const dLon = Math.asin(ratio) * DEGREES * (1 + 1e-9) + margin;
  if (centre.lon - dLon < -180 || centre.lon + dLon > 180) return { lat, lon: null };
  return { lat, lon: [centre.lon - dLon, centre.lon + dLon] };
}

/** Creates the incident history on an open, migrated database (or a transaction). */
export function createIncidentHistory(db: Database): IncidentHistory {
  const inWindow = (window: HistoryWindow): SQL[] => [
    ne(incidents.id, window.excludeIncidentId),
    gte(incidents.createdAt, window.since),
    lte(incidents.createdAt, window.until),
  ];
  // Newest first; equal times by id in code-point order (the in-memory store's order for ASCII ids).
  const newestFirst = [desc(incidents.createdAt), sql`${incidents.id} collate "C"`];

  return {
    async findByPerson(query) {
      const keys: SQL[] = [];
      if (query.phones.length > 0) keys.push(inArray(incidentPeople.phoneKey, [...query.phones]));
      if (query.names.length > 0) keys.push(inArray(incidentPeople.nameKey, [...query.names]));
      if (keys.length === 0) return [];
      const samePerson = db
        .select({ one: sql`1` })
        .from(incidentPeople)
        .where(and(eq(incidentPeople.incidentId, incidents.id), or(...keys)));
      const rows = await db
        .select(pastColumns)
        .from(incidents)
        .where(and(...inWindow(query), exists(samePerson)))
        .orderBy(...newestFirst);
      return rows.map(toPast);
    },

    async findNear(query) {
      const box = boundingBox(query, query.radiusMetres);
      const conditions = [...inWindow(query), between(incidents.lat, box.lat[0], box.lat[1])];
      if (box.lon !== null) conditions.push(between(incidents.lon, box.lon[0], box.lon[1]));
      const rows = await db
        .select(pastColumns)
        .from(incidents)
        .where(and(...conditions))
        .orderBy(...newestFirst);
      const centre = { lat: query.lat, lon: query.lon };
      return rows.filter((row) => distanceMetres(centre, row) <= query.radiusMetres).map(toPast);
    },
  };
}

function toPast(row: { id: string; createdAt: Date; incidentTypeCode: string; demandTypeId: string; lat: number; lon: number }): PastIncident {
  return { ...row, incidentTypeCode: row.incidentTypeCode as PastIncident['incidentTypeCode'] };
}
