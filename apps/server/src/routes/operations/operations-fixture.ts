/**
 * Test support for the operations routes: the synthetic model (models/synthetic.yaml), a location
 * resolver that places points north of latitude 51.5 in North Peelshire's Abbey ward and the rest
 * in South's Eastgate (the synthetic boundary files are not needed), area centroids, and helpers
 * that book units and record incidents through the HTTP API.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { modelFromText } from '@peel/domain/dispatch/testing';
import { createOperationsRepositories } from '@peel/db';
import { assessIncident, gradeIncident, routeIncident, type GeoPoint, type LocationResolver } from '@peel/domain';
import type { TestServer, TestUser } from '../../testing';
import { setOperationsSetup, type OperationsSetup } from './operations-setup';

const MODEL_PATH = fileURLToPath(new URL('../../../../../models/synthetic.yaml', import.meta.url));

/** North of this latitude is North Peelshire. */
const NORTH_OF = 51.5;

/** A point in North Peelshire (urban ward Abbey). */
export const NORTH_POINT: GeoPoint = { lat: 51.6, lon: -1.2 };
/** A point in South Peelshire (urban ward Eastgate). */
export const SOUTH_POINT: GeoPoint = { lat: 51.3, lon: -1.2 };

const locations: LocationResolver = {
  async resolve(point) {
    return point.lat >= NORTH_OF ? { lsoaCode: null, wardCode: 'E05999901', areaId: 'north' } : { lsoaCode: null, wardCode: 'E05999905', areaId: 'south' };
  },
};

/** The synthetic model with the test resolver and centroids. */
export function syntheticSetup(): OperationsSetup {
  const model = modelFromText(readFileSync(MODEL_PATH, 'utf8'));
  return { model, locations, areaCentroids: new Map([['north', NORTH_POINT], ['south', SOUTH_POINT]]) };
}

/** Installs the synthetic setup on the test server. */
export function installSyntheticSetup(server: TestServer): OperationsSetup {
  const setup = syntheticSetup();
  setOperationsSetup(server.app, setup);
  return setup;
}

let officerCounter = 0;

/** Books an available north-response unit of one PC at `position` (default the north point); returns its id. */
export async function bookUnit(server: TestServer, as: TestUser, options: { position?: GeoPoint; teamId?: string; areaId?: string; role?: string } = {}): Promise<string> {
  officerCounter += 1;
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/units',
    headers: as.headers,
    payload: {
      teamId: options.teamId ?? 'north-response',
      ...(options.areaId ? { areaId: options.areaId } : {}),
      relief: 1,
      officers: [{ officerId: `officer-${officerCounter}`, role: options.role ?? 'PC' }],
      position: options.position ?? NORTH_POINT,
    },
  });
  if (response.statusCode !== 201) throw new Error(`booking a unit failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

/** A 999 report of an assault in North Peelshire. */
export function northAssault(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    channelId: '999',
    caller: { name: 'A. Caller', phone: '07700 900123' },
    location: { ...NORTH_POINT, description: '1 High Street' },
    incidentType: { code: 'crime', policeUkCategory: 'violent-crime' },
    description: 'Man assaulted outside the pub',
    ...overrides,
  };
}

/** Records an incident through the API; returns its id. */
export async function recordIncident(server: TestServer, as: TestUser, body: Record<string, unknown> = northAssault()): Promise<string> {
  const response = await server.app.inject({ method: 'POST', url: '/api/incidents', headers: as.headers, payload: body });
  if (response.statusCode !== 201) throw new Error(`recording an incident failed: ${response.statusCode} ${response.body}`);
  return (response.json() as { id: string }).id;
}

/** THRIVE+ with Threat high: suggests grade 1 (immediate). */
const EMERGENCY_FACTORS = Object.fromEntries(
  (['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const).map((factor) => [factor, { rating: factor === 'threat' || factor === 'harm' ? 'high' : 'medium', rationale: `${factor}: test rationale` }]),
) as Parameters<typeof assessIncident>[1]['factors'];

/**
 * Assesses and grades an incident through the domain on the test server's database (grade 1,
 * confirming the suggestion) and routes it (the synthetic model's rule `emergency`: deploy a
 * response PC), so the dispatch routes have a graded incident to work with.
 */
export async function gradeAndRouteAsEmergency(server: TestServer, setup: OperationsSetup, incidentId: string, by: string): Promise<void> {
  const { incidents, history } = createOperationsRepositories(server.database.db);
  const deps = { model: setup.model, incidents, history, locations: setup.locations, clock: server.clock, ids: server.app.services.ids };
  await assessIncident(deps, { incidentId, assessedBy: by, factors: EMERGENCY_FACTORS });
  await gradeIncident(deps, { incidentId, grade: 1, decidedBy: by });
  await routeIncident(deps, { incidentId, routedBy: by });
}

/**
 * Closes the test server and drops its database. On PostgreSQL the pool's `end()` resolves once it
 * has asked each idle client to end, not when their sockets have closed, and the scratch database is
 * then dropped `WITH (FORCE)`: a backend still closing is terminated and its client, already
 * removed from the pool, receives FATAL 57P01, re-emitted on a pool whose error handler the server
 * detached when it closed — an unhandled error in
 * whichever test file runs next in the worker. Seen after the 5,000-request concurrency test; the
 * lasting fix belongs in `@peel/db/testing` (wait for the clients' `end`). Until then clients leaving
 * the pool during teardown ignore that termination, and nothing else.
 */
export async function closeTestServer(server: TestServer | undefined): Promise<void> {
  if (!server) return;
  const { database } = server;
  if (database.kind === 'postgres') {
    const ignoreTermination = (error: Error & { code?: string }) => {
      if (error.code !== '57P01') throw error;
    };
    // The server detaches its pool error handler when it closes; an idle client's error is re-emitted on the pool.
    database.pool.on('error', ignoreTermination);
    database.pool.on('remove', (client) => client.on('error', ignoreTermination));
  }
  await server.close();
}
