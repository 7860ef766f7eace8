/**
 * The performance queries on the configured backend (PGlite, or PostgreSQL with DATABASE_URL): the
 * facts of the domain's hand-made month (packages/domain/src/performance/testing/performance-fixture.ts)
 * stored as the operations tables hold them — timeline events, grade decisions with their stored
 * target, routing decisions, units' assignments, cases with handoffs and status changes, victims,
 * duties, updates — plus records that must be left out (outside the window, a regraded-away target,
 * a duty in March). The queries must read back exactly the fixture's records, window and area applied.
 */
import { getConfig } from '@peel/config';
import { filterRecords, type PerformanceWindow } from '@peel/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FIXTURE_RECORDS,
  FIXTURE_WINDOW,
} from '../../domain/src/performance/testing/performance-fixture';
import type { Database, DatabaseHandle } from './database';
import { createPerformanceQueries } from './performance-queries';
import {
  assignments,
  caseHandoffs,
  caseStatusChanges,
  cases,
  incidentEvents,
  incidentGradeDecisions,
  incidentRoutingDecisions,
  incidents,
  units,
  victimDuties,
  victimUpdates,
  victims,
} from './schema';
import { createTestDatabase } from './testing';

const { database } = getConfig();
let handle: DatabaseHandle | undefined;
const db = (): Database => {
  if (!handle) throw new Error('the test database is not open');
  return handle.db;
};

const at = (text: string): Date => new Date(`2026-${text}:00Z`);

interface GradeFact {
  grade: number;
  at: string;
  /** Minutes and class of an attendance target; 'appointment' for a scheduled grade; null for none. */
  target: { minutes: number; urbanRural: 'urban' | 'rural'; classAssumed?: boolean } | 'appointment' | null;
}
interface UnitFact {
  dispatched: string;
  enRoute?: string;
  arrived?: string;
  ended?: { at: string; reason: 'cleared' | 'stood-down' };
}
interface IncidentFact {
  id: string;
  area: string | null;
  answered: string;
  grades?: GradeFact[];
  routes?: { route: string; at: string; teamId?: string }[];
  units?: UnitFact[];
}
interface CaseFact {
  id: string;
  incidentId: string;
  area: string;
  opened: string;
  ownerTeam: string;
  handoffs?: { at: string; fromTeam: string; toTeam: string }[];
  /** Status changes after opening (allocated). */
  statuses?: { to: string; at: string }[];
  victims?: { id: string; updates?: string[]; duties?: { id: string; kind: 'event-notification' | 'periodic-update'; dueBy: string; status: 'open' | 'met' | 'withdrawn'; metAt?: string; onTime?: boolean }[] }[];
}

const t = (minutes: number, urbanRural: 'urban' | 'rural', classAssumed = false) => ({ minutes, urbanRural, classAssumed });
const finalised = (when: string) => [
  { to: 'investigating', at: when.replace(/T.*/, 'T08:00') },
  { to: 'finalised', at: when },
];

/** The fixture's incidents (A = attendance, R = Resolution Centre, X = must be left out). */
const INCIDENTS: IncidentFact[] = [
  { id: 'A1', area: 'north', answered: '02-03T10:00', grades: [{ grade: 1, at: '02-03T10:02', target: t(15, 'urban') }], units: [{ dispatched: '02-03T10:03', enRoute: '02-03T10:04', arrived: '02-03T10:12', ended: { at: '02-03T11:00', reason: 'cleared' } }, { dispatched: '02-03T10:05', enRoute: '02-03T10:06', arrived: '02-03T10:10', ended: { at: '02-03T11:00', reason: 'cleared' } }] },
  { id: 'A2', area: 'north', answered: '02-04T10:00', grades: [{ grade: 2, at: '02-04T10:01', target: t(60, 'urban') }, { grade: 1, at: '02-04T10:05', target: t(15, 'urban') }], units: [{ dispatched: '02-04T10:06', arrived: '02-04T10:20', ended: { at: '02-04T11:00', reason: 'cleared' } }] },
  { id: 'A3', area: 'south', answered: '02-05T10:00', grades: [{ grade: 1, at: '02-05T10:01', target: t(20, 'rural') }], units: [{ dispatched: '02-05T10:02', enRoute: '02-05T10:03', arrived: '02-05T10:18' }] },
  { id: 'A4', area: 'south', answered: '02-06T10:00', grades: [{ grade: 2, at: '02-06T10:10', target: t(60, 'rural') }], units: [{ dispatched: '02-06T10:30', ended: { at: '02-06T10:40', reason: 'stood-down' } }] },
  { id: 'A5', area: 'north', answered: '02-16T10:00', grades: [{ grade: 1, at: '02-16T10:01', target: t(15, 'urban') }], units: [{ dispatched: '02-16T10:02', enRoute: '02-16T10:03', arrived: '02-16T10:15', ended: { at: '02-16T12:00', reason: 'cleared' } }] },
  { id: 'A6', area: 'north', answered: '02-17T10:00', grades: [{ grade: 1, at: '02-17T10:01', target: t(15, 'urban') }], units: [{ dispatched: '02-17T10:02', enRoute: '02-17T10:03', arrived: '02-17T10:09', ended: { at: '02-17T12:00', reason: 'cleared' } }] },
  { id: 'A7', area: null, answered: '02-18T10:00', grades: [{ grade: 1, at: '02-18T10:01', target: t(15, 'urban', true) }], units: [{ dispatched: '02-18T10:05', enRoute: '02-18T10:06', arrived: '02-18T10:30', ended: { at: '02-18T11:00', reason: 'cleared' } }] },
  { id: 'A8', area: 'south', answered: '02-28T11:30', grades: [{ grade: 2, at: '02-28T11:35', target: t(60, 'urban') }] },
  // Graded 1 then regraded 3 (an appointment): no attendance target in force.
  { id: 'X1', area: 'north', answered: '02-10T10:00', grades: [{ grade: 1, at: '02-10T10:01', target: t(15, 'urban') }, { grade: 3, at: '02-10T10:20', target: 'appointment' }] },
  // Answered before the window.
  { id: 'X2', area: 'north', answered: '01-31T23:00', grades: [{ grade: 1, at: '01-31T23:01', target: t(15, 'urban') }], units: [{ dispatched: '01-31T23:02', arrived: '01-31T23:10' }] },
  // Grade 4, routed to the Resolution Centre.
  { id: 'R1', area: 'south', answered: '02-02T09:00', grades: [{ grade: 4, at: '02-02T09:08', target: null }], routes: [{ route: 'resolution-centre', at: '02-02T09:10', teamId: 'resolution-centre' }] },
  { id: 'R2', area: 'north', answered: '02-07T09:00', grades: [{ grade: 4, at: '02-07T09:04', target: null }], routes: [{ route: 'resolution-centre', at: '02-07T09:05', teamId: 'resolution-centre' }] },
  { id: 'R3', area: 'north', answered: '02-08T09:00', routes: [{ route: 'resolution-centre', at: '02-08T09:05', teamId: 'resolution-centre' }, { route: 'deploy', at: '02-08T10:00' }] },
  { id: 'R4', area: 'south', answered: '02-16T09:00', routes: [{ route: 'resolution-centre', at: '02-16T09:05', teamId: 'resolution-centre' }] },
  { id: 'R5', area: 'north', answered: '02-20T09:00', routes: [{ route: 'resolution-centre', at: '02-20T09:05', teamId: 'resolution-centre' }], units: [{ dispatched: '02-20T11:00' }] },
  { id: 'R6', area: 'north', answered: '02-27T09:00', routes: [{ route: 'resolution-centre', at: '02-27T09:05', teamId: 'resolution-centre' }] },
  { id: 'R7', area: 'south', answered: '02-25T09:00', routes: [{ route: 'resolution-centre', at: '02-25T09:05', teamId: 'resolution-centre' }] },
  // Routed to the centre but answered in March.
  { id: 'X3', area: 'south', answered: '03-01T09:00', routes: [{ route: 'resolution-centre', at: '03-01T09:05', teamId: 'resolution-centre' }] },
];

const CASES: CaseFact[] = [
  { id: 'C1', incidentId: 'A1', area: 'north', opened: '02-03T12:00', ownerTeam: 'north-response', statuses: finalised('02-05T10:00'), victims: [{ id: 'V1', duties: [{ id: 'D1', kind: 'event-notification', dueBy: '02-10T00:00', status: 'met', metAt: '02-09T15:00', onTime: true }] }] },
  {
    id: 'C2', incidentId: 'A2', area: 'north', opened: '02-04T12:00', ownerTeam: 'north-response', statuses: finalised('02-10T10:00'),
    handoffs: [{ at: '02-05T09:00', fromTeam: 'north-response', toTeam: 'north-neighbourhood' }, { at: '02-06T09:00', fromTeam: 'north-neighbourhood', toTeam: 'north-response' }, { at: '02-07T09:00', fromTeam: 'north-response', toTeam: 'north-response' }],
    victims: [{ id: 'V2', duties: [{ id: 'D2', kind: 'event-notification', dueBy: '02-12T00:00', status: 'met', metAt: '02-13T09:00', onTime: false }] }],
  },
  {
    id: 'C3', incidentId: 'A3', area: 'south', opened: '02-05T12:00', ownerTeam: 'south-response', handoffs: [{ at: '02-06T09:00', fromTeam: 'south-response', toTeam: 'south-neighbourhood' }], statuses: [{ to: 'investigating', at: '02-06T10:00' }],
    victims: [{ id: 'V3', duties: [{ id: 'D3', kind: 'periodic-update', dueBy: '02-14T00:00', status: 'open' }, { id: 'D6', kind: 'event-notification', dueBy: '03-05T00:00', status: 'open' }] }],
  },
  { id: 'CR2', incidentId: 'R2', area: 'north', opened: '02-07T10:00', ownerTeam: 'resolution-centre', statuses: finalised('02-09T09:00'), victims: [{ id: 'VR2', updates: ['02-08T09:05', '02-09T08:00'] }] },
  { id: 'CR4', incidentId: 'R4', area: 'south', opened: '02-16T10:00', ownerTeam: 'resolution-centre', handoffs: [{ at: '02-17T09:00', fromTeam: 'resolution-centre', toTeam: 'south-investigation' }], victims: [{ id: 'VR4', updates: ['02-19T09:05'] }] },
  {
    id: 'C4', incidentId: 'A5', area: 'north', opened: '02-16T12:00', ownerTeam: 'north-response', statuses: finalised('02-17T10:00'),
    victims: [{ id: 'V4', duties: [{ id: 'D4', kind: 'periodic-update', dueBy: '02-20T00:00', status: 'withdrawn' }, { id: 'D5', kind: 'event-notification', dueBy: '02-21T00:00', status: 'met', metAt: '02-20T10:00', onTime: true }] }],
  },
  {
    id: 'C7', incidentId: 'A6', area: 'north', opened: '02-18T12:00', ownerTeam: 'north-response', handoffs: [{ at: '02-18T15:00', fromTeam: 'north-response', toTeam: 'north-neighbourhood' }],
    statuses: [{ to: 'investigating', at: '02-18T13:00' }, { to: 'finalised', at: '02-19T10:00' }, { to: 'investigating', at: '02-20T10:00' }],
    victims: [{ id: 'V7', duties: [{ id: 'D7', kind: 'event-notification', dueBy: '02-28T18:00', status: 'open' }] }],
  },
  { id: 'C8', incidentId: 'A6', area: 'north', opened: '02-18T13:00', ownerTeam: 'north-response', statuses: [{ to: 'investigating', at: '02-18T14:00' }, { to: 'finalised', at: '02-19T10:00' }, { to: 'investigating', at: '02-20T10:00' }, { to: 'finalised', at: '02-21T10:00' }] },
  { id: 'C5', incidentId: 'INCIDENT-NOT-STORED', area: 'south', opened: '02-20T12:00', ownerTeam: 'south-response', statuses: finalised('02-22T12:00'), handoffs: [{ at: '02-21T09:00', fromTeam: 'south-response', toTeam: 'south-response' }, { at: '02-21T10:00', fromTeam: 'south-response', toTeam: 'south-response' }] },
  { id: 'CR7', incidentId: 'R7', area: 'south', opened: '02-25T10:00', ownerTeam: 'resolution-centre', victims: [{ id: 'VR7' }] },
  { id: 'CR6', incidentId: 'R6', area: 'north', opened: '02-27T10:00', ownerTeam: 'resolution-centre', victims: [{ id: 'VR6' }] },
  // Opened in January.
  { id: 'C6', incidentId: 'X2', area: 'north', opened: '01-31T23:30', ownerTeam: 'north-response' },
];

function incidentRows(fact: IncidentFact, rows: Rows): void {
  const answered = at(fact.answered);
  rows.incidents.push({
    id: fact.id, modelId: 'peelshire', channelId: '999', channelName: 'Emergency calls', channelKind: 'emergency-call', callAnsweredAt: answered, createdAt: answered, createdBy: 'call-handler-1',
    lat: 51.5, lon: -1.8, areaId: fact.area, urbanRural: fact.area === null ? null : 'urban', incidentCategory: 'crime', incidentCode: 'crime', qualifiers: [], demandTypeId: 'violence', tags: [],
  });
  const steps = [
    ...(fact.grades ?? []).map((grade) => ({ at: grade.at, grade })),
    ...(fact.routes ?? []).map((route) => ({ at: route.at, route })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  rows.incidentEvents.push({ incidentId: fact.id, sequence: 1, type: 'created', at: answered, by: 'call-handler-1', details: {} });
  let previousGrade: number | null = null;
  for (const [index, step] of steps.entries()) {
    const sequence = index + 2;
    const when = at(step.at);
    if ('grade' in step) {
      const { grade } = step;
      rows.incidentEvents.push({ incidentId: fact.id, sequence, type: previousGrade === null ? 'graded' : 'regraded', at: when, by: 'controller-1', details: {} });
      const target =
        grade.target === null
          ? null
          : grade.target === 'appointment'
            ? { kind: 'appointment', clock: 'graded', withinHours: 48, startsAt: when.toISOString(), dueAt: new Date(when.getTime() + 48 * 3_600_000).toISOString() }
            : { kind: 'attendance', clock: 'call-answered', minutes: grade.target.minutes, urbanRural: grade.target.urbanRural, classAssumed: grade.target.classAssumed ?? false, startsAt: answered.toISOString(), dueAt: new Date(answered.getTime() + grade.target.minutes * 60_000).toISOString(), compliancePercentTarget: 90 };
      rows.incidentGradeDecisions.push({
        id: `${fact.id}-g${sequence}`, incidentId: fact.id, sequence, grade: grade.grade, gradeName: `Grade ${grade.grade}`, response: 'immediate', suggestedGrade: grade.grade, assessmentId: `${fact.id}-a`,
        decision: 'confirmed', reason: previousGrade === null ? null : 'regraded', previousGrade, decidedBy: 'controller-1', decidedAt: when, target,
      });
      previousGrade = grade.grade;
    } else {
      const { route } = step;
      rows.incidentEvents.push({ incidentId: fact.id, sequence, type: 'routed', at: when, by: 'controller-1', details: {} });
      rows.incidentRoutingDecisions.push({
        id: `${fact.id}-r${sequence}`, incidentId: fact.id, sequence, route: route.route, ruleId: 'rule', teamId: route.teamId ?? null, teamKind: route.teamId ?? null, roles: [], grade: previousGrade ?? 4, assessmentId: `${fact.id}-a`,
        rightCare: {}, skippedRules: [], warnings: [], decidedBy: 'controller-1', decidedAt: when,
      });
    }
  }
  for (const [index, unit] of (fact.units ?? []).entries()) {
    const unitId = `${fact.id}-u${index + 1}`;
    const dispatched = at(unit.dispatched);
    rows.units.push({
      id: unitId, callSign: unitId, teamId: 'north-response', teamKind: 'response', areaId: fact.area ?? 'north', roles: ['PC'], powers: [], skills: [], officerCount: 1, status: 'off-duty', statusSince: dispatched, bookedOnAt: dispatched,
    });
    rows.assignments.push({
      id: `${unitId}-assignment`, unitId, incidentId: fact.id, dispatchedAt: dispatched, enRouteAt: unit.enRoute ? at(unit.enRoute) : null, arrivedAt: unit.arrived ? at(unit.arrived) : null,
      endedAt: unit.ended ? at(unit.ended.at) : null, endReason: unit.ended?.reason ?? null,
    });
  }
}

function caseRows(fact: CaseFact, rows: Rows): void {
  const opened = at(fact.opened);
  const statuses = [{ to: 'allocated', at: fact.opened }, ...(fact.statuses ?? [])];
  const handoffs = fact.handoffs ?? [];
  rows.cases.push({
    id: fact.id, incidentId: fact.incidentId, offenceType: 'violent-crime', area: fact.area, lat: 51.5, lon: -1.8, ownerOfficerId: 'officer-1', ownerTeamId: handoffs.at(-1)?.toTeam ?? fact.ownerTeam,
    status: statuses.at(-1)!.to, openedAt: opened, openedBy: 'officer-1', version: statuses.length + handoffs.length,
  });
  for (const [index, status] of statuses.entries()) {
    rows.caseStatusChanges.push({ caseId: fact.id, sequence: index + 1, fromStatus: index === 0 ? null : statuses[index - 1]!.to, toStatus: status.to, at: at(status.at), by: 'officer-1' });
  }
  for (const [index, handoff] of handoffs.entries()) {
    rows.caseHandoffs.push({ caseId: fact.id, sequence: index + 1, fromOfficerId: `officer-${index + 1}`, fromTeamId: handoff.fromTeam, toOfficerId: `officer-${index + 2}`, toTeamId: handoff.toTeam, reason: 'workload', at: at(handoff.at), by: 'supervisor-1' });
  }
  for (const victim of fact.victims ?? []) {
    rows.victims.push({
      id: victim.id, caseId: fact.id, name: 'A victim', enhancedRights: [], contractEveryDays: 28, contractChannel: 'phone', contractAgreedWithVictim: false, contractOptedOut: false,
      contractSince: opened, registeredAt: opened, registeredBy: 'officer-1', lastContactAt: opened, version: 1,
    });
    for (const [index, update] of (victim.updates ?? []).entries()) {
      rows.victimUpdates.push({ id: `${victim.id}-update-${index + 1}`, victimId: victim.id, caseId: fact.id, at: at(update), channel: 'phone', by: 'officer-1', summary: 'told of progress', dutyIds: [] });
    }
    for (const duty of victim.duties ?? []) {
      const dueBy = at(duty.dueBy);
      rows.victimDuties.push({
        id: duty.id, victimId: victim.id, caseId: fact.id, kind: duty.kind, basis: 'standard', allowedDays: 5, startsAt: opened, dueDate: dueBy.toISOString().slice(0, 10), dueBy, status: duty.status,
        metAt: duty.metAt ? at(duty.metAt) : null, metOnTime: duty.onTime ?? null, withdrawnAt: duty.status === 'withdrawn' ? dueBy : null, withdrawnReason: duty.status === 'withdrawn' ? 'superseded' : null,
      });
    }
  }
}

/** Rows for every table, inserted together in foreign-key order. */
interface Rows {
  incidents: (typeof incidents.$inferInsert)[];
  incidentEvents: (typeof incidentEvents.$inferInsert)[];
  incidentGradeDecisions: (typeof incidentGradeDecisions.$inferInsert)[];
  incidentRoutingDecisions: (typeof incidentRoutingDecisions.$inferInsert)[];
  units: (typeof units.$inferInsert)[];
  assignments: (typeof assignments.$inferInsert)[];
  cases: (typeof cases.$inferInsert)[];
  caseStatusChanges: (typeof caseStatusChanges.$inferInsert)[];
  caseHandoffs: (typeof caseHandoffs.$inferInsert)[];
  victims: (typeof victims.$inferInsert)[];
  victimUpdates: (typeof victimUpdates.$inferInsert)[];
  victimDuties: (typeof victimDuties.$inferInsert)[];
}

async function storeFacts(): Promise<void> {
  const rows: Rows = { incidents: [], incidentEvents: [], incidentGradeDecisions: [], incidentRoutingDecisions: [], units: [], assignments: [], cases: [], caseStatusChanges: [], caseHandoffs: [], victims: [], victimUpdates: [], victimDuties: [] };
  for (const fact of INCIDENTS) incidentRows(fact, rows);
  for (const fact of CASES) caseRows(fact, rows);
  await db().transaction(async (tx) => {
    await tx.insert(incidents).values(rows.incidents);
    await tx.insert(incidentEvents).values(rows.incidentEvents);
    await tx.insert(incidentGradeDecisions).values(rows.incidentGradeDecisions);
    await tx.insert(incidentRoutingDecisions).values(rows.incidentRoutingDecisions);
    await tx.insert(units).values(rows.units);
    await tx.insert(assignments).values(rows.assignments);
    await tx.insert(cases).values(rows.cases);
    await tx.insert(caseStatusChanges).values(rows.caseStatusChanges);
    await tx.insert(caseHandoffs).values(rows.caseHandoffs);
    await tx.insert(victims).values(rows.victims);
    await tx.insert(victimUpdates).values(rows.victimUpdates);
    await tx.insert(victimDuties).values(rows.victimDuties);
  });
}

beforeAll(async () => {
  handle = await createTestDatabase(database);
  await storeFacts();
});
afterAll(async () => {
  await handle?.close();
});

describe(`performance queries on ${database.kind}`, () => {
  it('read back the fixture month exactly: grade in force, first unit times, handoffs, finalisation, the centre, duties', async () => {
    const records = await createPerformanceQueries(db()).loadRecords(FIXTURE_WINDOW);
    expect(records.attendances).toEqual(FIXTURE_RECORDS.attendances);
    expect(records.cases).toEqual(FIXTURE_RECORDS.cases);
    expect(records.resolutionCentre).toEqual(FIXTURE_RECORDS.resolutionCentre);
    expect(records.victimDuties).toEqual(FIXTURE_RECORDS.victimDuties);
  });

  it.each([
    ['north', { from: FIXTURE_WINDOW.from, to: FIXTURE_WINDOW.to, areaId: 'north' }],
    ['south, second half', { from: new Date('2026-02-15T00:00Z'), to: FIXTURE_WINDOW.to, areaId: 'south' }],
    ['the first week', { from: FIXTURE_WINDOW.from, to: new Date('2026-02-08T00:00Z') }],
  ] as [string, PerformanceWindow][])('apply the window and the area (%s) as the in-memory filter does', async (_name, window) => {
    const records = await createPerformanceQueries(db()).loadRecords(window);
    const expected = filterRecords(FIXTURE_RECORDS, (instant, areaId) => instant >= window.from && instant < window.to && (window.areaId === undefined || areaId === window.areaId));
    expect(records).toEqual(expected);
    expect(records.attendances.length + records.cases.length).toBeGreaterThan(0);
  });

  it('read the records left out when the window covers them (January, March)', async () => {
    const records = await createPerformanceQueries(db()).loadRecords({ from: new Date('2026-01-01T00:00Z'), to: new Date('2026-04-01T00:00Z') });
    expect(records.attendances.map((record) => record.incidentId)).toContain('X2');
    expect(records.attendances.map((record) => record.incidentId)).not.toContain('X1');
    expect(records.cases.map((record) => record.caseId)).toContain('C6');
    expect(records.resolutionCentre.map((record) => record.incidentId)).toContain('X3');
    expect(records.victimDuties.map((record) => record.dutyId)).toContain('D6');
  });
});
