/**
 * What the operations routes need beyond the server's services: the force's active policing model,
 * the incident location resolver and (when known) each area's centroid for the Grade 1 coverage
 * cost. Loaded once per server, on first use, from the database: the active model is the stored
 * model updated most recently (`peel model load`), the resolver and the areas' centroids are built
 * over the ward (and LSOA) boundaries `peel import boundaries` stored. Tests install their own with {@link setOperationsSetup}.
 */
import { createBoundaryRepository, createModelRepository } from '@peel/db';
import type { GeoPoint, LocationResolver } from '@peel/domain';
import { loadIncidentLocationResolver } from '@peel/ingest';
import type { PolicingModel } from '@peel/model';
import { HttpError } from '../../errors/http-error';
import { areaCentroidsFromWards } from './area-centroids';
import type { PeelServer } from '../peel-server';

/** The model, the resolver and the coverage areas' centroids the operations routes work with. */
export interface OperationsSetup {
  readonly model: PolicingModel;
  readonly locations: LocationResolver;
  /** Area id → centroid; without it recommendations carry no coverage cost (said in the response). */
  readonly areaCentroids?: ReadonlyMap<string, GeoPoint>;
}

const setups = new WeakMap<object, Promise<OperationsSetup>>();

/** Installs `setup` for `app` (tests, or a caller that loads the model itself). */
export function setOperationsSetup(app: PeelServer, setup: OperationsSetup): void {
  setups.set(app, Promise.resolve(setup));
}

/** The setup for `app`, loading it on first use; UNAVAILABLE (503) when no model is stored. */
export function operationsSetup(app: PeelServer): Promise<OperationsSetup> {
  let setup = setups.get(app);
  if (!setup) {
    setup = loadSetup(app);
    setups.set(app, setup);
    // A failed load (no model yet) is retried on the next request rather than remembered.
    setup.catch(() => setups.delete(app));
  }
  return setup;
}

async function loadSetup(app: PeelServer): Promise<OperationsSetup> {
  const { db } = app.services;
  const models = createModelRepository(db);
  const summaries = await models.list();
  const newest = [...summaries].sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
  const stored = newest ? await models.get(newest.id) : undefined;
  if (!stored) throw new HttpError('UNAVAILABLE', 'no policing model is stored: load one with `peel model load` before using the operations routes');
  return buildOperationsSetup(db, stored.document as PolicingModel);
}

/** The setup for `model` over the boundaries stored in `db` (`peel start` installs it for the force it starts). */
export async function buildOperationsSetup(db: PeelServer['services']['db'], model: PolicingModel): Promise<OperationsSetup> {
  const boundaries = createBoundaryRepository(db);
  const locations = await loadIncidentLocationResolver({ repository: boundaries, model });
  const districts = [...new Set(model.geography.areas.flatMap((area) => area.districts))];
  const areaCentroids = areaCentroidsFromWards(model, await boundaries.listBoundaries({ level: 'ward', districts }));
  return { model, locations, ...(areaCentroids ? { areaCentroids } : {}) };
}
