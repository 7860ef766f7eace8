/** The {@link BoundaryRepository} port over drizzle: boundary files, all or nothing, never overwritten. */
import type {
  BoundaryConflict,
  BoundaryImportOutcome,
  BoundaryImportRequest,
  BoundaryRepository,
  StoredBoundary,
} from '@peel/domain';
import type { MultiPolygon, Polygon } from 'geojson';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Transaction } from './database';
import { claimImport } from './claim-import';
import { ImportError } from './import-error';
import { chunks, importSummaryColumns } from './import-rows';
import { boundaries, importRejections, imports } from './schema';

/**
 * Rows per INSERT: a boundary row has 15 parameters, so 500 rows stay far below PostgreSQL's
 * 65,535-parameter limit while keeping statements few (a district has a few hundred polygons).
 */
const ROWS_PER_STATEMENT = 500;
/** Codes per `in (…)` lookup, for the same parameter limit (a national LSOA file has ~35,000). */
const CODES_PER_LOOKUP = 5000;

/** Creates a boundary repository on an open, migrated database. */
export function createBoundaryRepository(db: Database): BoundaryRepository {
  return {
    importBoundaries: (request) => importBoundaries(db, request),
    async listBoundaries({ level, districts }) {
      const complete = db.select({ id: imports.id }).from(imports).where(eq(imports.status, 'complete'));
      const conditions = [eq(boundaries.level, level), inArray(boundaries.importId, complete)];
      if (districts !== undefined) {
        if (districts.length === 0) return [];
        conditions.push(inArray(boundaries.district, [...districts]));
      }
      const rows = await db.select().from(boundaries).where(and(...conditions)).orderBy(asc(boundaries.code));
      return rows.map(
        (row): StoredBoundary => ({
          level: row.level,
          code: row.code,
          name: row.name,
          district: row.district,
          vintage: row.vintage,
          importId: row.importId,
          geometry: row.geometry as Polygon | MultiPolygon,
          bbox: [row.minLon, row.minLat, row.maxLon, row.maxLat],
          centroid: [row.centroidLon, row.centroidLat],
          areaKm2: row.areaKm2,
        }),
      );
    },
  };
}

/** The boundaries of this level already stored under any of `codes`, with the file they came from. */
async function findStored(tx: Transaction, level: BoundaryImportRequest['level'], codes: readonly string[]): Promise<Map<string, BoundaryConflict>> {
  const stored = new Map<string, BoundaryConflict>();
  for (const chunk of chunks(codes, CODES_PER_LOOKUP)) {
    const rows = await tx
      .select({ code: boundaries.code, storedImportId: imports.id, storedFileName: imports.fileName })
      .from(boundaries)
      .innerJoin(imports, eq(imports.id, boundaries.importId))
      .where(and(eq(boundaries.level, level), inArray(boundaries.code, [...chunk])));
    for (const row of rows) stored.set(row.code, row);
  }
  return stored;
}

/** Imports one file of boundaries in one transaction (see {@link BoundaryRepository}). */
async function importBoundaries(db: Database, request: BoundaryImportRequest): Promise<BoundaryImportOutcome> {
  const { file, level, district, vintage } = request;
  if (file.kind !== 'boundaries') {
    throw new ImportError('wrong-kind', `${file.fileName}: a '${file.kind}' import cannot store boundaries`);
  }
  return db.transaction(async (tx): Promise<BoundaryImportOutcome> => {
    const claimed = await claimImport(tx, file);
    if (!claimed.isNew) return { status: 'already-imported', summary: claimed.summary };
    const importId = claimed.summary.id;
    const stored = await findStored(tx, level, request.boundaries.map((boundary) => boundary.code));
    const skipped: BoundaryConflict[] = [];
    const rejections: (typeof importRejections.$inferInsert)[] = [];
    const rows: (typeof boundaries.$inferInsert)[] = [];
    request.boundaries.forEach((boundary, index) => {
      const conflict = stored.get(boundary.code);
      if (conflict !== undefined) {
        skipped.push(conflict);
        rejections.push({
          importId,
          line: index + 1,
          column: 'code',
          reason: `feature ${index} (${boundary.code}): a ${level} with this code is already stored from ${conflict.storedFileName} (import ${conflict.storedImportId}); kept that one`,
        });
        return;
      }
      const [minLon, minLat, maxLon, maxLat] = boundary.bbox;
      const [centroidLon, centroidLat] = boundary.centroid;
      rows.push({ level, code: boundary.code, name: boundary.name, district, vintage, importId, geometry: boundary.geometry, minLon, minLat, maxLon, maxLat, centroidLon, centroidLat, areaKm2: boundary.areaKm2 });
    });
    for (const chunk of chunks(rows, ROWS_PER_STATEMENT)) await tx.insert(boundaries).values([...chunk]);
    for (const chunk of chunks(rejections, ROWS_PER_STATEMENT)) await tx.insert(importRejections).values([...chunk]);
    const [summary] = await tx
      .update(imports)
      .set({ status: 'complete', rowsRead: request.boundaries.length, rowsImported: rows.length, rowsRejected: rejections.length, finishedAt: sql`clock_timestamp()` })
      .where(eq(imports.id, importId))
      .returning(importSummaryColumns);
    if (!summary) throw new Error(`import ${importId} vanished before it completed`);
    return { status: 'imported', summary, skipped };
  });
}
