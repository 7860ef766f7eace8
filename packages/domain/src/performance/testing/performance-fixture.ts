/**
 * A hand-made month of operations records for the synthetic model (Peelshire: areas `north`,
 * `south`; Grade 1 15 min urban / 20 rural, Grade 2 60 min, both on the call-answered clock;
 * Resolution Centre contact within 48 h). The expected measures in the tests are worked out by hand
 * from the comments here. `@peel/db`'s test stores the same facts as rows and must read back
 * exactly these records. February 2026 is GMT, so London time = UTC.
 */
import type { AttendanceRecord, CaseRecord, PerformanceRecords, ResolutionCentreRecord, VictimDutyRecord } from '../performance-records';

const at = (text: string): Date => new Date(`2026-${text}:00Z`);

/** The instant the figures are computed at. */
export const FIXTURE_NOW = at('02-28T12:00');
/** The window: February 2026. */
export const FIXTURE_WINDOW = { from: at('02-01T00:00'), to: at('03-01T00:00') } as const;
/** The before/after split. */
export const FIXTURE_SPLIT = at('02-15T00:00');

const target = (clock: 'call-answered', minutes: number, urbanRural: 'urban' | 'rural', classAssumed = false) => ({ clock, minutes, urbanRural, classAssumed });

/** Incidents with an attendance target (A1–A8), by call time. */
export const FIXTURE_ATTENDANCES: readonly AttendanceRecord[] = [
  // Two units: the first dispatched 10:03 arrives 10:12, the second dispatched 10:05 arrives 10:10 → 10 min, met.
  { incidentId: 'A1', areaId: 'north', callAnsweredAt: at('02-03T10:00'), grade: 1, gradedAt: at('02-03T10:02'), target: target('call-answered', 15, 'urban'), dispatchedAt: at('02-03T10:03'), enRouteAt: at('02-03T10:04'), arrivedAt: at('02-03T10:10') },
  // Graded 2 at 10:01, regraded 1 at 10:05 (the grade in force); arrived 10:20 → 20 min, missed.
  { incidentId: 'A2', areaId: 'north', callAnsweredAt: at('02-04T10:00'), grade: 1, gradedAt: at('02-04T10:05'), target: target('call-answered', 15, 'urban'), dispatchedAt: at('02-04T10:06'), enRouteAt: null, arrivedAt: at('02-04T10:20') },
  // Rural: 18 min against 20, met.
  { incidentId: 'A3', areaId: 'south', callAnsweredAt: at('02-05T10:00'), grade: 1, gradedAt: at('02-05T10:01'), target: target('call-answered', 20, 'rural'), dispatchedAt: at('02-05T10:02'), enRouteAt: at('02-05T10:03'), arrivedAt: at('02-05T10:18') },
  // Grade 2 rural: dispatched, stood down, nobody arrived; deadline 11:00 long past → missed.
  { incidentId: 'A4', areaId: 'south', callAnsweredAt: at('02-06T10:00'), grade: 2, gradedAt: at('02-06T10:10'), target: target('call-answered', 60, 'rural'), dispatchedAt: at('02-06T10:30'), enRouteAt: null, arrivedAt: null },
  // Exactly on 15 min: met.
  { incidentId: 'A5', areaId: 'north', callAnsweredAt: at('02-16T10:00'), grade: 1, gradedAt: at('02-16T10:01'), target: target('call-answered', 15, 'urban'), dispatchedAt: at('02-16T10:02'), enRouteAt: at('02-16T10:03'), arrivedAt: at('02-16T10:15') },
  // 9 min: met.
  { incidentId: 'A6', areaId: 'north', callAnsweredAt: at('02-17T10:00'), grade: 1, gradedAt: at('02-17T10:01'), target: target('call-answered', 15, 'urban'), dispatchedAt: at('02-17T10:02'), enRouteAt: at('02-17T10:03'), arrivedAt: at('02-17T10:09') },
  // Outside every area: the urban target assumed; 30 min, missed.
  { incidentId: 'A7', areaId: null, callAnsweredAt: at('02-18T10:00'), grade: 1, gradedAt: at('02-18T10:01'), target: target('call-answered', 15, 'urban', true), dispatchedAt: at('02-18T10:05'), enRouteAt: at('02-18T10:06'), arrivedAt: at('02-18T10:30') },
  // Grade 2 urban answered 11:30, nobody sent; deadline 12:30 is after now (12:00) → pending.
  { incidentId: 'A8', areaId: 'south', callAnsweredAt: at('02-28T11:30'), grade: 2, gradedAt: at('02-28T11:35'), target: target('call-answered', 60, 'urban'), dispatchedAt: null, enRouteAt: null, arrivedAt: null },
];

/** Cases by opening time (C6, opened in January, is outside the window). */
export const FIXTURE_CASES: readonly CaseRecord[] = [
  // Call 02-03 10:00 → finalised 02-05 10:00: 48 h.
  { caseId: 'C1', areaId: 'north', openedAt: at('02-03T12:00'), callAnsweredAt: at('02-03T10:00'), handoffCount: 0, finalisedAt: at('02-05T10:00') },
  // Three handoffs; 02-04 10:00 → 02-10 10:00: 144 h.
  { caseId: 'C2', areaId: 'north', openedAt: at('02-04T12:00'), callAnsweredAt: at('02-04T10:00'), handoffCount: 3, finalisedAt: at('02-10T10:00') },
  { caseId: 'C3', areaId: 'south', openedAt: at('02-05T12:00'), callAnsweredAt: at('02-05T10:00'), handoffCount: 1, finalisedAt: null },
  // The Resolution Centre's case of R2: 02-07 09:00 → 02-09 09:00: 48 h.
  { caseId: 'CR2', areaId: 'north', openedAt: at('02-07T10:00'), callAnsweredAt: at('02-07T09:00'), handoffCount: 0, finalisedAt: at('02-09T09:00') },
  // Handed from the Resolution Centre to the south investigation team; open.
  { caseId: 'CR4', areaId: 'south', openedAt: at('02-16T10:00'), callAnsweredAt: at('02-16T09:00'), handoffCount: 1, finalisedAt: null },
  // 02-16 10:00 → 02-17 10:00: 24 h.
  { caseId: 'C4', areaId: 'north', openedAt: at('02-16T12:00'), callAnsweredAt: at('02-16T10:00'), handoffCount: 0, finalisedAt: at('02-17T10:00') },
  // Finalised 02-19, reopened 02-20: open again.
  { caseId: 'C7', areaId: 'north', openedAt: at('02-18T12:00'), callAnsweredAt: at('02-17T10:00'), handoffCount: 1, finalisedAt: null },
  // Finalised 02-19, reopened, finalised again 02-21 10:00 (the one that counts): 02-17 10:00 → 96 h.
  { caseId: 'C8', areaId: 'north', openedAt: at('02-18T13:00'), callAnsweredAt: at('02-17T10:00'), handoffCount: 0, finalisedAt: at('02-21T10:00') },
  // Its incident is not stored: no call time.
  { caseId: 'C5', areaId: 'south', openedAt: at('02-20T12:00'), callAnsweredAt: null, handoffCount: 2, finalisedAt: at('02-22T12:00') },
  { caseId: 'CR7', areaId: 'south', openedAt: at('02-25T10:00'), callAnsweredAt: at('02-25T09:00'), handoffCount: 0, finalisedAt: null },
  { caseId: 'CR6', areaId: 'north', openedAt: at('02-27T10:00'), callAnsweredAt: at('02-27T09:00'), handoffCount: 0, finalisedAt: null },
];

const rc = (record: Omit<ResolutionCentreRecord, 'teamId'>): ResolutionCentreRecord => ({ ...record, teamId: 'resolution-centre' });

/** Incidents routed to the Resolution Centre, by call time. */
export const FIXTURE_RESOLUTION_CENTRE: readonly ResolutionCentreRecord[] = [
  // No case, no unit, still with the centre: resolved. No victim.
  rc({ incidentId: 'R1', areaId: 'south', callAnsweredAt: at('02-02T09:00'), routedAt: at('02-02T09:10'), finalRoute: 'resolution-centre', deployed: false, casesOpenInCentre: 0, casesFinalisedInCentre: 0, casesLeftCentre: 0, victimCount: 0, firstVictimUpdateAt: null }),
  // Case finalised by the centre: resolved. Victim updated 24 h after routing: contacted.
  rc({ incidentId: 'R2', areaId: 'north', callAnsweredAt: at('02-07T09:00'), routedAt: at('02-07T09:05'), finalRoute: 'resolution-centre', deployed: false, casesOpenInCentre: 0, casesFinalisedInCentre: 1, casesLeftCentre: 0, victimCount: 1, firstVictimUpdateAt: at('02-08T09:05') }),
  // Re-routed to deploy an hour later: passed on.
  rc({ incidentId: 'R3', areaId: 'north', callAnsweredAt: at('02-08T09:00'), routedAt: at('02-08T09:05'), finalRoute: 'deploy', deployed: false, casesOpenInCentre: 0, casesFinalisedInCentre: 0, casesLeftCentre: 0, victimCount: 0, firstVictimUpdateAt: null }),
  // Case handed to another team: passed on. First update 72 h after routing: missed.
  rc({ incidentId: 'R4', areaId: 'south', callAnsweredAt: at('02-16T09:00'), routedAt: at('02-16T09:05'), finalRoute: 'resolution-centre', deployed: false, casesOpenInCentre: 0, casesFinalisedInCentre: 0, casesLeftCentre: 1, victimCount: 1, firstVictimUpdateAt: at('02-19T09:05') }),
  // A unit was sent: passed on.
  rc({ incidentId: 'R5', areaId: 'north', callAnsweredAt: at('02-20T09:00'), routedAt: at('02-20T09:05'), finalRoute: 'resolution-centre', deployed: true, casesOpenInCentre: 0, casesFinalisedInCentre: 0, casesLeftCentre: 0, victimCount: 0, firstVictimUpdateAt: null }),
  // Case open with the centre: pending. No update, deadline 02-27 09:05 passed: missed.
  rc({ incidentId: 'R7', areaId: 'south', callAnsweredAt: at('02-25T09:00'), routedAt: at('02-25T09:05'), finalRoute: 'resolution-centre', deployed: false, casesOpenInCentre: 1, casesFinalisedInCentre: 0, casesLeftCentre: 0, victimCount: 1, firstVictimUpdateAt: null }),
  // Case open with the centre: pending. No update, deadline 03-01 09:05 still ahead: contact pending.
  rc({ incidentId: 'R6', areaId: 'north', callAnsweredAt: at('02-27T09:00'), routedAt: at('02-27T09:05'), finalRoute: 'resolution-centre', deployed: false, casesOpenInCentre: 1, casesFinalisedInCentre: 0, casesLeftCentre: 0, victimCount: 1, firstVictimUpdateAt: null }),
];

/** Victims' Code duties by due time (D6, due in March, is outside the window). */
export const FIXTURE_VICTIM_DUTIES: readonly VictimDutyRecord[] = [
  { dutyId: 'D1', caseId: 'C1', areaId: 'north', kind: 'event-notification', dueBy: at('02-10T00:00'), status: 'met', metAt: at('02-09T15:00'), metOnTime: true },
  { dutyId: 'D2', caseId: 'C2', areaId: 'north', kind: 'event-notification', dueBy: at('02-12T00:00'), status: 'met', metAt: at('02-13T09:00'), metOnTime: false },
  { dutyId: 'D3', caseId: 'C3', areaId: 'south', kind: 'periodic-update', dueBy: at('02-14T00:00'), status: 'open', metAt: null, metOnTime: null },
  { dutyId: 'D4', caseId: 'C4', areaId: 'north', kind: 'periodic-update', dueBy: at('02-20T00:00'), status: 'withdrawn', metAt: null, metOnTime: null },
  { dutyId: 'D5', caseId: 'C4', areaId: 'north', kind: 'event-notification', dueBy: at('02-21T00:00'), status: 'met', metAt: at('02-20T10:00'), metOnTime: true },
  { dutyId: 'D7', caseId: 'C7', areaId: 'north', kind: 'event-notification', dueBy: at('02-28T18:00'), status: 'open', metAt: null, metOnTime: null },
];

/** Every record of the window, whole. */
export const FIXTURE_RECORDS: PerformanceRecords = {
  attendances: FIXTURE_ATTENDANCES,
  cases: FIXTURE_CASES,
  resolutionCentre: FIXTURE_RESOLUTION_CENTRE,
  victimDuties: FIXTURE_VICTIM_DUTIES,
};
