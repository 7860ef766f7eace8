/**
 * Operations data recorded through the HTTP API, for the performance tests: an incident answered,
 * assessed (THRIVE+), graded on the suggestion, routed by the model's rules and — for an emergency —
 * attended by a unit booked for it (assigned, en route, on scene, cleared). Works against an
 * injected test server (with `at`, moving the server's clock to each step's time) or a running
 * server over fetch (steps happen at the server's real time).
 */

/** Sends one request as a user allowed to record, grade, route and dispatch in the area. */
export type SeedHttp = (method: 'GET' | 'POST', url: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

/** THRIVE+ factors for an emergency (the synthetic model suggests grade 1) and for advice only (no risk at all). */
const FACTOR_NAMES = ['threat', 'harm', 'risk', 'investigation', 'vulnerability', 'engagement'] as const;
const factors = (rating: (name: (typeof FACTOR_NAMES)[number]) => string) => Object.fromEntries(FACTOR_NAMES.map((name) => [name, { rating: rating(name), rationale: `${name}: recorded for the performance test` }]));
const EMERGENCY = factors((name) => (name === 'threat' || name === 'harm' ? 'high' : 'medium'));
const ADVICE_ONLY = factors(() => 'none');

/** Minutes after the call that each step happens (dispatch, en route, on scene, cleared). */
export interface AttendanceSteps {
  readonly assign: number;
  readonly enRoute: number;
  readonly onScene: number;
  readonly clear: number;
}

/** What to record. */
export interface SeedIncident {
  /** A point inside an area of the model. */
  readonly location: { readonly lat: number; readonly lon: number };
  /** When the call is answered: the server's clock is moved there (injected servers only). */
  readonly answeredAt?: Date;
  /** An emergency attended by a unit, or advice only (graded for no deployment: the synthetic model routes it to the Resolution Centre). */
  readonly kind: 'emergency' | 'advice';
  /** For an emergency: book a unit of this team (default `north-response`, the synthetic model's), or send one already on duty and available. */
  readonly unit?: { readonly teamId: string } | { readonly id: string };
  readonly steps?: AttendanceSteps;
}

let officerCounter = 0;

async function expectStatus(http: SeedHttp, status: number, method: 'GET' | 'POST', url: string, body?: unknown): Promise<Record<string, unknown>> {
  const response = await http(method, url, body);
  if (response.status !== status) throw new Error(`${method} ${url}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as Record<string, unknown>;
}

/** Books a unit of one PC of `teamId` next to `location`; returns its id. */
async function bookUnit(http: SeedHttp, teamId: string, location: SeedIncident['location']): Promise<string> {
  officerCounter += 1;
  const unit = await expectStatus(http, 201, 'POST', '/api/units', {
    teamId,
    relief: 1,
    officers: [{ officerId: `performance-officer-${Date.now().toString(36)}-${officerCounter}`, role: 'PC' }],
    position: { lat: location.lat + 0.01, lon: location.lon },
  });
  return String(unit.id);
}

/**
 * Records `incident`; `setTime` (a test server's clock) moves time to each step. Returns the
 * incident's id and, for an emergency, the unit's.
 */
export async function seedIncident(http: SeedHttp, incident: SeedIncident, setTime?: (at: Date) => void): Promise<{ incidentId: string; unitId?: string }> {
  const start = incident.answeredAt ?? new Date();
  const at = (minutes: number) => setTime?.(new Date(start.getTime() + minutes * 60_000));
  at(0);
  const created = await expectStatus(http, 201, 'POST', '/api/incidents', {
    channelId: '999',
    caller: { name: 'Performance Test Caller', phone: '07700 900456' },
    location: { ...incident.location, description: 'Performance test location' },
    incidentType: incident.kind === 'emergency' ? { code: 'crime', policeUkCategory: 'violent-crime' } : { code: 'crime', policeUkCategory: 'other-theft' },
    description: incident.kind === 'emergency' ? 'Assault in progress' : 'Theft reported after the event; advice wanted',
  });
  const incidentId = String(created.id);
  at(1);
  const assessed = await expectStatus(http, 201, 'POST', `/api/incidents/${incidentId}/assessments`, { factors: incident.kind === 'emergency' ? EMERGENCY : ADVICE_ONLY });
  const suggested = Number((assessed.assessment as { suggestion: { grade: number } }).suggestion.grade);
  // Advice only is graded for resolution without deployment (grade 4), overriding a suggestion if it differs.
  const grade = incident.kind === 'emergency' ? suggested : 4;
  await expectStatus(http, 201, 'POST', `/api/incidents/${incidentId}/grade`, grade === suggested ? { grade } : { grade, reason: 'Advice only: the caller wants a crime number and advice by phone' });
  await expectStatus(http, 201, 'POST', `/api/incidents/${incidentId}/route`, {});
  if (incident.kind !== 'emergency') return { incidentId };
  const steps = incident.steps ?? { assign: 2, enRoute: 3, onScene: 10, clear: 40 };
  const unitId = incident.unit !== undefined && 'id' in incident.unit ? incident.unit.id : await bookUnit(http, incident.unit?.teamId ?? 'north-response', incident.location);
  at(steps.assign);
  await expectStatus(http, 201, 'POST', `/api/incidents/${incidentId}/assignments`, { unitId });
  at(steps.enRoute);
  await expectStatus(http, 200, 'POST', `/api/units/${unitId}/status`, { status: 'en-route' });
  at(steps.onScene);
  await expectStatus(http, 200, 'POST', `/api/units/${unitId}/status`, { status: 'on-scene' });
  at(steps.clear);
  await expectStatus(http, 200, 'POST', `/api/units/${unitId}/status`, { status: 'available' });
  return { incidentId, unitId };
}
