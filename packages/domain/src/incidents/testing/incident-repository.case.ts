/**
 * The IncidentRepository and IncidentHistory contract as a shared suite (STYLE.md: one suite per
 * interface): run it against every implementation — `createInMemoryIncidents()` and `@peel/db`'s
 * repositories on PGlite and PostgreSQL. Not exported by the package (it imports vitest); import
 * it by path from a test. The tests never assume an empty store: each uses its own ids, people,
 * place and time, so a backend may hand every test the same store.
 */
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../shared/domain-error';
import { distanceMetres } from '../distance-metres';
import { normaliseName, normalisePhone } from '../personal-data';
import type { GradeDecision, Incident, ResponseTarget, RoutingDecision } from '../incident';
import type { IncidentHistory } from '../ports/incident-history';
import type { IncidentRepository } from '../ports/incident-repository';
import type { RightCareAssessment, ThriveAssessment } from '../thrive';
import type { AssessedEvent, AssignmentEvent, GradedEvent, RoutedEvent } from '../timeline';
import { thriveFactors } from './thrive-factors';

/** What the suite is given: a repository and the history over the same store. */
export interface IncidentStore {
  readonly incidents: IncidentRepository;
  readonly history: IncidentHistory;
}

const T0 = new Date('2026-02-02T10:00:00Z');
const minutesAfter = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);

let counter = 0;
/** A tag unique to this test run, and a place and time of its own (places 5.5 km apart). */
function fresh() {
  counter += 1;
  const tag = `${Date.now().toString(36)}-${counter}`;
  return { tag, lat: 50 + counter * 0.05, lon: -1 - counter * 0.01, at: minutesAfter(T0, counter * 10_000) };
}

const NO_RIGHT_CARE: RightCareAssessment = { outcome: 'not-applicable', matchedTags: [], crimeToInvestigate: false, realAndImmediateRisk: true, reasons: [] };

/** A stored-shape incident at version 1 (caller and victim named, placed in an urban ward). */
export function sampleIncident(params: { id: string; at: Date; lat: number; lon: number }, overrides: Partial<Incident> = {}): Incident {
  const { id, at } = params;
  return {
    id,
    modelId: 'peelshire',
    channel: { id: '101', name: 'Non-emergency 101', kind: 'non-emergency-call' },
    callAnsweredAt: minutesAfter(at, -2),
    createdAt: at,
    createdBy: 'handler-1',
    caller: { personalData: true, name: `Alex Caller ${id}`, phone: '07700 900001' },
    victim: { personalData: true, name: `Vic Tim ${id}`, phone: null },
    location: { lat: params.lat, lon: params.lon, description: '12 High Street', lsoa: { code: 'E01000001', name: 'Peel 001A' }, ward: { code: 'E05000001', name: null }, areaId: 'north', urbanRural: 'urban' },
    incidentType: { category: 'anti-social-behaviour', code: 'asb-personal', qualifiers: ['alcohol'], policeUkCategory: null },
    demandTypeId: 'asb',
    tags: ['alcohol', 'anti-social-behaviour'],
    description: 'Noise and shouting, "again" — third time',
    assessments: [],
    grades: [],
    routes: [],
    timeline: [{ sequence: 1, type: 'created', at, by: 'handler-1', channelId: '101', incidentTypeCode: 'asb-personal', demandTypeId: 'asb' }],
    version: 1,
    ...overrides,
  };
}

/** An assessment suggesting grade 1, and its event at `sequence`. */
export function sampleAssessment(id: string, at: Date, sequence: number): { record: ThriveAssessment; event: AssessedEvent } {
  const record: ThriveAssessment = {
    id,
    factors: thriveFactors({ threat: 'high', vulnerability: 'medium' }),
    assessedBy: 'handler-1',
    assessedAt: at,
    repeatVictim: { isRepeat: true, previousCount: 1, minimumPrevious: 1, lookbackDays: 365, radiusMetres: null, incidentIds: ['earlier-1'] },
    repeatLocation: { isRepeat: false, previousCount: 0, minimumPrevious: 2, lookbackDays: 90, radiusMetres: 100, incidentIds: [] },
    rightCare: NO_RIGHT_CARE,
    suggestion: { grade: 1, gradeName: 'Emergency', response: 'immediate', reasons: [{ code: 'risk-to-life', message: 'threat rated high' }] },
  };
  return { record, event: { sequence, type: 'assessed', at, by: 'handler-1', assessmentId: id, reassessment: sequence > 2, suggestedGrade: 1, repeatVictim: true, repeatLocation: false } };
}

/** A grade decision with `target`, and its event at `sequence`. */
export function sampleGradeDecision(params: { id: string; at: Date; sequence: number; assessmentId: string; grade: number; previousGrade: number | null; target: ResponseTarget | null }): { record: GradeDecision; event: GradedEvent } {
  const { id, at, sequence, grade, previousGrade } = params;
  const overridden = grade !== 1;
  const record: GradeDecision = {
    id,
    grade,
    gradeName: grade === 1 ? 'Emergency' : 'Scheduled',
    response: grade === 1 ? 'immediate' : 'scheduled',
    suggestedGrade: 1,
    assessmentId: params.assessmentId,
    decision: overridden ? 'overridden' : 'confirmed',
    reason: overridden ? 'caller now safe at a friend’s address' : null,
    previousGrade,
    decidedBy: 'controller-1',
    decidedAt: at,
    target: params.target,
  };
  const event: GradedEvent = {
    sequence,
    type: previousGrade === null ? 'graded' : 'regraded',
    at,
    by: 'controller-1',
    gradeDecisionId: id,
    grade,
    previousGrade,
    suggestedGrade: 1,
    decision: record.decision,
    reason: record.reason,
  };
  return { record, event };
}

/** A routing decision (deploy, or a partner referral with skipped rules and warnings), and its event. */
export function sampleRoutingDecision(params: { id: string; at: Date; sequence: number; assessmentId: string; grade: number; toPartner: boolean }): { record: RoutingDecision; event: RoutedEvent } {
  const { id, at, sequence, toPartner } = params;
  const record: RoutingDecision = {
    id,
    route: toPartner ? 'partner-referral' : 'deploy',
    ruleId: toPartner ? 'mh-to-trust' : 'deploy-emergencies',
    rationale: toPartner ? null : 'grade 1 is deployed',
    teamId: toPartner ? null : 'response-north',
    teamKind: toPartner ? null : 'response',
    roles: toPartner ? [] : ['PC', 'PS'],
    partner: toPartner ? { id: 'mh-trust', name: 'Peelshire MH Trust', kind: null } : null,
    grade: params.grade,
    assessmentId: params.assessmentId,
    rightCare: toPartner ? { outcome: 'refer-to-partner', matchedTags: ['mental-health'], crimeToInvestigate: false, realAndImmediateRisk: false, reasons: ['no crime, no risk'] } : NO_RIGHT_CARE,
    skippedRules: toPartner ? [{ ruleId: 'deploy-emergencies', reason: 'grade changed' }] : [],
    warnings: toPartner ? ['referred after a regrade'] : [],
    decidedBy: 'controller-1',
    decidedAt: at,
  };
  const event: RoutedEvent = {
    sequence,
    type: 'routed',
    at,
    by: 'controller-1',
    routingDecisionId: id,
    route: record.route,
    ruleId: record.ruleId,
    teamId: record.teamId,
    teamKind: record.teamKind,
    partnerId: record.partner?.id ?? null,
  };
  return { record, event };
}

async function codeOf(promise: Promise<unknown>): Promise<{ code: string; field?: string } | 'resolved'> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, ...(error.field === undefined ? {} : { field: error.field }) };
    throw error;
  }
  return 'resolved';
}

/**
 * Registers the IncidentRepository + IncidentHistory suite.
 * @param name the implementation's name, shown in test titles
 * @param store returns the store under test (called once per test; may return the same one)
 */
export function registerIncidentRepositoryCases(name: string, store: () => IncidentStore | Promise<IncidentStore>): void {
  describe(`IncidentRepository contract: ${name}`, () => {
    it('stores a new incident and returns an equal copy (dates, nulls and personal data included); null for an unknown id', async () => {
      const { incidents } = await store();
      const place = fresh();
      const named = sampleIncident({ id: `incident-${place.tag}-a`, ...place });
      const bare = sampleIncident(
        { id: `incident-${place.tag}-b`, ...place },
        {
          caller: { personalData: true, name: null, phone: null },
          victim: null,
          location: { lat: place.lat, lon: place.lon, description: null, lsoa: null, ward: null, areaId: null, urbanRural: null },
          incidentType: { category: 'crime', code: 'crime', qualifiers: [], policeUkCategory: 'burglary' },
          tags: [],
        },
      );
      await incidents.create(named);
      await incidents.create(bare);
      expect(await incidents.findById(named.id)).toEqual(named);
      expect(await incidents.findById(bare.id)).toEqual(bare);
      expect(await incidents.findById(`incident-${place.tag}-missing`)).toBeNull();
    });

    it('refuses a second incident with the same id (CONFLICT, id) and a new incident not at version 1 (CONFLICT, version)', async () => {
      const { incidents } = await store();
      const place = fresh();
      const incident = sampleIncident({ id: `incident-${place.tag}`, ...place });
      await incidents.create(incident);
      expect(await codeOf(incidents.create({ ...incident, description: 'a different report' }))).toEqual({ code: 'CONFLICT', field: 'id' });
      expect(await codeOf(incidents.create({ ...incident, id: `incident-${place.tag}-v2`, version: 2 }))).toEqual({ code: 'CONFLICT', field: 'version' });
      expect((await incidents.findById(incident.id))?.description).toBe(incident.description);
    });

    it('appends assessments, grade decisions and routing decisions with their events; reads back whole after each', async () => {
      const { incidents } = await store();
      const place = fresh();
      const created = sampleIncident({ id: `incident-${place.tag}`, ...place });
      await incidents.create(created);
      const at = (minutes: number) => minutesAfter(place.at, minutes);
      const attendance: ResponseTarget = { kind: 'attendance', clock: 'call-answered', minutes: 15, urbanRural: 'urban', classAssumed: false, startsAt: minutesAfter(place.at, -2), dueAt: at(13), compliancePercentTarget: 90 };
      const onDispatch: ResponseTarget = { kind: 'attendance', clock: 'dispatched', minutes: 20, urbanRural: 'rural', classAssumed: true, startsAt: null, dueAt: null, compliancePercentTarget: null };
      const appointment: ResponseTarget = { kind: 'appointment', clock: 'graded', withinHours: 48, startsAt: at(30), dueAt: at(30 + 48 * 60) };
      const assessment = sampleAssessment(`assessment-${place.tag}`, at(1), 2);
      const assessmentId = assessment.record.id;
      const grade = (n: number, sequence: number, value: number, previousGrade: number | null, target: ResponseTarget | null) =>
        sampleGradeDecision({ id: `grade-${place.tag}-${n}`, at: at(sequence * 5), sequence, assessmentId, grade: value, previousGrade, target });
      const route = (n: number, sequence: number, toPartner: boolean) => sampleRoutingDecision({ id: `route-${place.tag}-${n}`, at: at(sequence * 5), sequence, assessmentId, grade: 1, toPartner });
      const changes = [
        { kind: 'assessment', ...assessment },
        { kind: 'grade', ...grade(1, 3, 1, null, attendance) },
        { kind: 'route', ...route(1, 4, false) },
        { kind: 'grade', ...grade(2, 5, 3, 1, appointment) },
        { kind: 'grade', ...grade(3, 6, 1, 3, onDispatch) },
        { kind: 'route', ...route(2, 7, true) },
      ] as const;
      let expected = created;
      for (const change of changes) {
        const append = { incidentId: created.id, expectedVersion: expected.version };
        if (change.kind === 'assessment') {
          await incidents.appendAssessment({ ...append, record: change.record, event: change.event });
          expected = { ...expected, assessments: [...expected.assessments, change.record] };
        } else if (change.kind === 'grade') {
          await incidents.appendGradeDecision({ ...append, record: change.record, event: change.event });
          expected = { ...expected, grades: [...expected.grades, change.record] };
        } else {
          await incidents.appendRoutingDecision({ ...append, record: change.record, event: change.event });
          expected = { ...expected, routes: [...expected.routes, change.record] };
        }
        expected = { ...expected, timeline: [...expected.timeline, change.event], version: change.event.sequence };
        expect(await incidents.findById(created.id)).toEqual(expected);
      }
      expect(expected.version).toBe(7);
    });

    it('refuses a stale expectedVersion and an event that does not follow (CONFLICT, version), an unknown incident (NOT_FOUND, incidentId)', async () => {
      const { incidents } = await store();
      const place = fresh();
      const incident = sampleIncident({ id: `incident-${place.tag}`, ...place });
      await incidents.create(incident);
      const first = sampleAssessment(`assessment-${place.tag}-1`, place.at, 2);
      await incidents.appendAssessment({ incidentId: incident.id, expectedVersion: 1, ...first });
      const stale = sampleAssessment(`assessment-${place.tag}-2`, place.at, 2);
      expect(await codeOf(incidents.appendAssessment({ incidentId: incident.id, expectedVersion: 1, ...stale }))).toEqual({ code: 'CONFLICT', field: 'version' });
      const skipping = sampleAssessment(`assessment-${place.tag}-3`, place.at, 4);
      expect(await codeOf(incidents.appendAssessment({ incidentId: incident.id, expectedVersion: 2, ...skipping }))).toEqual({ code: 'CONFLICT', field: 'version' });
      const ahead = sampleAssessment(`assessment-${place.tag}-4`, place.at, 6);
      expect(await codeOf(incidents.appendAssessment({ incidentId: incident.id, expectedVersion: 5, ...ahead }))).toEqual({ code: 'CONFLICT', field: 'version' });
      const unknown = sampleAssessment(`assessment-${place.tag}-5`, place.at, 2);
      expect(await codeOf(incidents.appendAssessment({ incidentId: `incident-${place.tag}-missing`, expectedVersion: 1, ...unknown }))).toEqual({ code: 'NOT_FOUND', field: 'incidentId' });
      const stored = await incidents.findById(incident.id);
      expect(stored?.version).toBe(2);
      expect(stored?.assessments.map((assessment) => assessment.id)).toEqual([first.record.id]);
    });

    it('appends assignment events (no record of their own) after decisions, with the same version checks', async () => {
      const { incidents } = await store();
      const place = fresh();
      const incident = sampleIncident({ id: `incident-${place.tag}`, ...place });
      await incidents.create(incident);
      const assessment = sampleAssessment(`assessment-${place.tag}`, place.at, 2);
      await incidents.appendAssessment({ incidentId: incident.id, expectedVersion: 1, ...assessment });
      const step = (sequence: number, stage: AssignmentEvent['stage'], override: AssignmentEvent['override'] = null): AssignmentEvent => ({
        sequence,
        type: 'assignment',
        at: minutesAfter(place.at, sequence),
        by: 'controller-1',
        stage,
        assignmentId: `assignment-${place.tag}`,
        unitId: `unit-${place.tag}`,
        callSign: 'N11',
        override,
      });
      const dispatched = step(3, 'dispatched', { reason: 'nearest unit, the PC is 20 minutes away', unmet: ['no officer in role PC'] });
      const onScene = step(4, 'on-scene');
      await incidents.appendAssignmentEvent({ incidentId: incident.id, expectedVersion: 2, event: dispatched });
      expect(await codeOf(incidents.appendAssignmentEvent({ incidentId: incident.id, expectedVersion: 2, event: { ...onScene, sequence: 3 } }))).toEqual({ code: 'CONFLICT', field: 'version' });
      expect(await codeOf(incidents.appendAssignmentEvent({ incidentId: `incident-${place.tag}-missing`, expectedVersion: 1, event: { ...onScene, sequence: 2 } }))).toEqual({ code: 'NOT_FOUND', field: 'incidentId' });
      await incidents.appendAssignmentEvent({ incidentId: incident.id, expectedVersion: 3, event: onScene });
      expect(await incidents.findById(incident.id)).toEqual({ ...incident, assessments: [assessment.record], timeline: [...incident.timeline, assessment.event, dispatched, onScene], version: 4 });
    });

    it('of 20 concurrent appends computed from the same version exactly one commits; the others get CONFLICT', async () => {
      const { incidents } = await store();
      const place = fresh();
      const incident = sampleIncident({ id: `incident-${place.tag}`, ...place });
      await incidents.create(incident);
      const results = await Promise.allSettled(
        Array.from({ length: 20 }, (_, index) => incidents.appendAssessment({ incidentId: incident.id, expectedVersion: 1, ...sampleAssessment(`assessment-${place.tag}-${index}`, place.at, 2) })),
      );
      const won = results.filter((result) => result.status === 'fulfilled');
      const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(won).toHaveLength(1);
      expect(lost.every((result) => result.reason instanceof DomainError && result.reason.code === 'CONFLICT' && result.reason.field === 'version')).toBe(true);
      const stored = await incidents.findById(incident.id);
      expect(stored?.version).toBe(2);
      expect(stored?.assessments).toHaveLength(1);
      expect(stored?.timeline.map((event) => event.sequence)).toEqual([1, 2]);
    });

    it('hands out copies: changing a returned incident changes nothing stored', async () => {
      const { incidents } = await store();
      const place = fresh();
      const incident = sampleIncident({ id: `incident-${place.tag}`, ...place });
      await incidents.create(incident);
      const copy = (await incidents.findById(incident.id)) as unknown as { timeline: unknown[]; caller: { name: string | null } };
      copy.timeline.push({ sequence: 2 });
      copy.caller.name = 'tampered';
      expect(await incidents.findById(incident.id)).toEqual(incident);
    });
  });

  describe(`IncidentHistory contract: ${name}`, () => {
    it('finds earlier incidents by the caller\'s or victim\'s normalised phone or name, newest first, within the window, never the asking incident', async () => {
      const { incidents, history } = await store();
      const place = fresh();
      const phone = `07700 9${String(counter).padStart(5, '0')}`;
      const key = normalisePhone(phone) as string;
      const victimName = `  Jane   O'Brien-${place.tag} `;
      const nameKey = normaliseName(victimName) as string;
      const make = (suffix: string, minutes: number, people: Partial<Incident>) => sampleIncident({ id: `incident-${place.tag}-${suffix}`, ...place, at: minutesAfter(place.at, minutes) }, people);
      const byCallerPhone = make('a', 0, { caller: { personalData: true, name: null, phone: `+44 (0)${phone.slice(1)}` }, victim: null });
      const byVictimName = make('b', 10, { caller: { personalData: true, name: 'Someone Else', phone: null }, victim: { personalData: true, name: victimName, phone: null } });
      const byVictimPhone = make('c', 20, { caller: { personalData: true, name: null, phone: null }, victim: { personalData: true, name: null, phone } });
      const unrelated = make('d', 30, { caller: { personalData: true, name: `Not Jane ${place.tag}`, phone: '01234 567890' }, victim: null });
      const later = make('e', 60 * 24, { caller: { personalData: true, name: null, phone }, victim: null });
      for (const incident of [byCallerPhone, byVictimName, byVictimPhone, unrelated, later]) await incidents.create(incident);
      const window = { since: place.at, until: minutesAfter(place.at, 30), excludeIncidentId: 'none' };
      const ids = (found: { id: string }[]) => found.map((past) => past.id);
      expect(ids(await history.findByPerson({ ...window, phones: [key], names: [] }))).toEqual([byVictimPhone.id, byCallerPhone.id]);
      expect(ids(await history.findByPerson({ ...window, phones: [], names: [nameKey] }))).toEqual([byVictimName.id]);
      expect(ids(await history.findByPerson({ ...window, phones: [key], names: [nameKey], excludeIncidentId: byVictimPhone.id }))).toEqual([byVictimName.id, byCallerPhone.id]);
      expect(ids(await history.findByPerson({ ...window, since: minutesAfter(place.at, 20), phones: [key], names: [] }))).toEqual([byVictimPhone.id]);
      expect(await history.findByPerson({ ...window, phones: [], names: [] })).toEqual([]);
      const [past] = await history.findByPerson({ ...window, since: minutesAfter(place.at, 20), phones: [key], names: [] });
      expect(past).toEqual({ id: byVictimPhone.id, createdAt: byVictimPhone.createdAt, incidentTypeCode: 'asb-personal', demandTypeId: 'asb', lat: place.lat, lon: place.lon });
    });

    it('finds incidents within the radius by great-circle distance (90 m in, 110 m out), newest first, within the window', async () => {
      const { incidents, history } = await store();
      const place = fresh();
      // Metres north of the centre: 1 m of latitude is 180 / (π R) degrees on the sphere of distanceMetres.
      const north = (metres: number) => place.lat + (metres * 180) / (Math.PI * 6_371_008.8);
      const east = (metres: number) => place.lon + (metres * 180) / (Math.PI * 6_371_008.8 * Math.cos((place.lat * Math.PI) / 180));
      const make = (suffix: string, minutes: number, lat: number, lon: number) => sampleIncident({ id: `incident-${place.tag}-${suffix}`, at: minutesAfter(place.at, minutes), lat, lon });
      const centre = make('centre', 0, place.lat, place.lon);
      const in90 = make('n90', 5, north(90), place.lon);
      const out110 = make('n110', 6, north(110), place.lon);
      const east95 = make('e95', 7, place.lat, east(95));
      const tooLate = make('late', 60, place.lat, place.lon);
      for (const incident of [centre, in90, out110, east95, tooLate]) await incidents.create(incident);
      expect(distanceMetres(place, in90.location)).toBeLessThan(100);
      expect(distanceMetres(place, out110.location)).toBeGreaterThan(100);
      const query = { lat: place.lat, lon: place.lon, radiusMetres: 100, since: place.at, until: minutesAfter(place.at, 10), excludeIncidentId: centre.id };
      expect((await history.findNear(query)).map((past) => past.id)).toEqual([east95.id, in90.id]);
      expect((await history.findNear({ ...query, radiusMetres: 120, excludeIncidentId: 'none' })).map((past) => past.id)).toEqual([east95.id, out110.id, in90.id, centre.id]);
      expect(await history.findNear({ ...query, lat: -place.lat })).toEqual([]);
    });
  });
}
