import { describe, expect, it } from 'vitest';
import { describeQueueChange, formatDuration, formatTime, groupQueue, shortRef, targetStatus } from './queue-model';
import type { QueuedIncident, TargetView } from './types';

const T0 = Date.parse('2026-07-01T10:00:00.000Z');
const iso = (offsetMinutes: number) => new Date(T0 + offsetMinutes * 60_000).toISOString();

function incident(id: string, overrides: Partial<QueuedIncident> = {}): QueuedIncident {
  return {
    id,
    version: 1,
    callAnsweredAt: iso(0),
    channel: { id: '999', name: 'Emergency calls', kind: 'emergency-call' },
    incidentType: { category: 'crime', code: 'crime', name: 'Crime-related incident', policeUkCategory: 'violent-crime' },
    demandType: { id: 'violence', name: 'Violence' },
    areaId: 'north',
    ward: { code: 'E05999901', name: 'Abbey' },
    lat: 51.6,
    lon: -1.2,
    urbanRural: 'urban',
    state: 'awaiting-assessment',
    suggestedGrade: null,
    grade: null,
    route: null,
    target: null,
    assignments: [],
    ...overrides,
  };
}

const attendance = (dueInMinutes: number, extra: Partial<Extract<TargetView, { kind: 'attendance' }>> = {}): TargetView => ({
  kind: 'attendance',
  clock: 'call-answered',
  minutes: 15,
  urbanRural: 'urban',
  classAssumed: false,
  startsAt: iso(dueInMinutes - 15),
  dueAt: iso(dueInMinutes),
  arrivedAt: null,
  responseMinutes: null,
  outcome: 'pending',
  ...extra,
});

const graded = (grade: number) => ({ grade, name: `G${grade}`, response: 'immediate', decision: 'confirmed' as const, decidedAt: iso(1) });

describe('groupQueue', () => {
  it('puts ungraded calls first, then grades in order, each by the soonest due target', () => {
    const groups = groupQueue(
      [
        incident('late-1', { grade: graded(1), target: attendance(14) }),
        incident('g2', { grade: graded(2), target: attendance(50) }),
        incident('new', {}),
        incident('soon-1', { grade: graded(1), target: attendance(3) }),
        incident('met-1', { grade: graded(1), target: attendance(1, { arrivedAt: iso(-2), responseMinutes: 12, outcome: 'met' }) }),
      ],
      new Map([[1, 'Emergency'], [2, 'Priority']]),
    );
    expect(groups.map((group) => group.title)).toEqual(['Not yet graded', 'Grade 1 — Emergency', 'Grade 2 — Priority']);
    expect(groups[1]!.incidents.map((item) => item.id)).toEqual(['soon-1', 'late-1', 'met-1']);
  });
});

describe('targetStatus', () => {
  it('counts down to the deadline, warns in the last fifth and says by how much it is overdue', () => {
    expect(targetStatus(attendance(10), T0)).toEqual({ text: '10:00 left', tone: 'ok' });
    expect(targetStatus(attendance(2), T0)).toEqual({ text: '02:00 left', tone: 'warning' });
    expect(targetStatus(attendance(-3.5), T0)).toEqual({ text: 'Overdue by 03:30', tone: 'breach' });
  });

  it('reports the response once a unit arrived, and a dispatched-clock target before dispatch', () => {
    expect(targetStatus(attendance(5, { arrivedAt: iso(0), responseMinutes: 9.5, outcome: 'met' }), T0)).toEqual({ text: 'Attended in 09:30 — target met', tone: 'done' });
    expect(targetStatus(attendance(5, { clock: 'dispatched', startsAt: null, dueAt: null }), T0).text).toBe('15 min from dispatch: starts when a unit is dispatched');
    expect(targetStatus(null, T0).tone).toBe('none');
  });
});

describe('formatting', () => {
  it('formats durations and London times', () => {
    expect(formatDuration(65_000)).toBe('01:05');
    expect(formatDuration(-3_725_000)).toBe('1:02:05');
    // 10:00 UTC on 1 July is 11:00 British Summer Time.
    expect(formatTime(iso(0))).toBe('11:00:00');
  });
});

describe('shortRef', () => {
  it('shortens a UUID record id to its first block and drops the incident prefix of others', () => {
    expect(shortRef('incident-161a3ff2-58ad-4be7-a440-120f801cea2f')).toBe('161A3FF2');
    expect(shortRef('incident-12')).toBe('12');
    expect(shortRef('case-4e64c2fb-d45b-4cec-8d11-73ab6cdaf217')).toBe('4E64C2FB');
  });
});

describe('describeQueueChange', () => {
  it('announces nothing on the first load, then new incidents, dispatches and departures', () => {
    const first = [incident('A'), incident('B')];
    expect(describeQueueChange(undefined, first)).toBe('');
    const dispatched = incident('A', { state: 'dispatched', assignments: [{ id: 'as-1', unitId: 'u1', callSign: 'NR01', dispatchedAt: iso(2), enRouteAt: null, arrivedAt: null, endedAt: null, endReason: null }] });
    expect(describeQueueChange(first, [dispatched, incident('C')])).toBe('New incident C: Crime-related incident. A: unit dispatched (NR01). 1 left the queue.');
    expect(describeQueueChange(first, first)).toBe('');
  });
});
