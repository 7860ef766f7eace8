/** The boundary repository on the configured backend (PGlite, or PostgreSQL with DATABASE_URL). */
import { getConfig } from '@peel/config';
import type { BoundaryImportRequest, NewBoundary } from '@peel/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoundaryRepository } from './boundary-repository';
import { createDemandRepository } from './demand-repository';
import type { DatabaseHandle } from './database';
import { queryRows } from './query-rows';
import { createTestDatabase } from './testing';

const { database } = getConfig();

function square(code: string, lon: number, lat: number): NewBoundary {
  const size = 0.01;
  return {
    code,
    name: `Name of ${code}`,
    geometry: { type: 'Polygon', coordinates: [[[lon, lat], [lon + size, lat], [lon + size, lat + size], [lon, lat + size], [lon, lat]]] },
    bbox: [lon, lat, lon + size, lat + size],
    centroid: [lon + size / 2, lat + size / 2],
    areaKm2: 0.77,
  };
}

function request(fileName: string, hashDigit: string, boundaries: NewBoundary[], district: string | null = 'E07000111'): BoundaryImportRequest {
  return { file: { kind: 'boundaries', fileName, contentHash: hashDigit.repeat(64) }, level: 'lsoa', district, vintage: '2011', boundaries };
}

describe(`boundary repository (${database.kind})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(database);
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('stores a file of boundaries with bbox, centroid, area, district and vintage, and lists them by code', async () => {
    const repository = createBoundaryRepository(handle.db);
    const outcome = await repository.importBoundaries(request('E07000111.json', 'a', [square('L2', 0.01, 0), square('L1', 0, 0)]));
    expect(outcome.status).toBe('imported');
    expect(outcome.summary).toMatchObject({ kind: 'boundaries', rowsRead: 2, rowsImported: 2, rowsRejected: 0, status: 'complete' });
    const stored = await repository.listBoundaries({ level: 'lsoa' });
    expect(stored.map((b) => b.code)).toEqual(['L1', 'L2']);
    expect(stored[0]).toEqual({ ...square('L1', 0, 0), level: 'lsoa', district: 'E07000111', vintage: '2011', importId: outcome.summary.id });
    expect(await repository.listBoundaries({ level: 'ward' })).toEqual([]);
  });

  it('imports the same file (content hash) only once', async () => {
    const repository = createBoundaryRepository(handle.db);
    const again = await repository.importBoundaries(request('renamed.json', 'a', [square('L1', 0, 0)]));
    expect(again.status).toBe('already-imported');
    expect(await repository.listBoundaries({ level: 'lsoa' })).toHaveLength(2);
  });

  it('keeps a code stored from another file, reports it and records it as a rejection so the counts reconcile', async () => {
    const repository = createBoundaryRepository(handle.db);
    const moved = { ...square('L1', 5, 5), name: 'Newer vintage' };
    const outcome = await repository.importBoundaries(request('england.json', 'b', [moved, square('L3', 0.02, 0)], null));
    if (outcome.status !== 'imported') throw new Error('expected a new import');
    const first = (await createDemandRepository(handle.db).listImports()).find((i) => i.fileName === 'E07000111.json');
    expect(outcome.skipped).toEqual([{ code: 'L1', storedImportId: first?.id, storedFileName: 'E07000111.json' }]);
    expect(outcome.summary).toMatchObject({ rowsRead: 2, rowsImported: 1, rowsRejected: 1 });
    const demand = createDemandRepository(handle.db);
    expect(await demand.listRejections(outcome.summary.id)).toEqual([
      { line: 1, column: 'code', reason: `feature 0 (L1): a lsoa with this code is already stored from E07000111.json (import ${first?.id}); kept that one` },
    ]);
    const l1 = (await repository.listBoundaries({ level: 'lsoa' })).find((b) => b.code === 'L1');
    expect(l1?.name).toBe('Name of L1');
    // The same code at the other level is a different boundary.
    const ward = await repository.importBoundaries({ ...request('wards.json', 'c', [square('L1', 0, 0)]), level: 'ward' });
    expect(ward.status === 'imported' && ward.skipped).toEqual([]);
  });

  it('filters by district', async () => {
    const repository = createBoundaryRepository(handle.db);
    expect((await repository.listBoundaries({ level: 'lsoa', districts: ['E07000111'] })).map((b) => b.code)).toEqual(['L1', 'L2']);
    expect(await repository.listBoundaries({ level: 'lsoa', districts: ['E06000035'] })).toEqual([]);
    expect(await repository.listBoundaries({ level: 'lsoa', districts: [] })).toEqual([]);
  });

  it('stores nothing of a file when one boundary cannot be stored (all or nothing)', async () => {
    const repository = createBoundaryRepository(handle.db);
    const bad = { ...square('L9', 1, 1), areaKm2: -1 }; // violates boundaries_area_non_negative
    await expect(repository.importBoundaries(request('bad.json', 'd', [square('L8', 2, 2), bad]))).rejects.toThrow();
    const codes = (await repository.listBoundaries({ level: 'lsoa' })).map((b) => b.code);
    expect(codes).not.toContain('L8');
    const rows = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from imports where file_name = 'bad.json'`);
    expect(Number(rows[0]?.n)).toBe(0);
  });

  it('refuses an import of another kind', async () => {
    const repository = createBoundaryRepository(handle.db);
    const wrong = { ...request('x.csv', 'e', [square('L7', 3, 3)]), file: { kind: 'calls-for-service' as const, fileName: 'x.csv', contentHash: 'e'.repeat(64) } };
    await expect(repository.importBoundaries(wrong)).rejects.toThrow(/a 'calls-for-service' import cannot store boundaries/);
  });
});
