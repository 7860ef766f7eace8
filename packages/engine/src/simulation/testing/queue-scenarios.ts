/**
 * Force scenarios reduced to textbook queues, for validating the force simulator against theory:
 * one area of one location (no travel), one pool of `servers` people on duty throughout with no
 * abstraction, flat arrival rates, exponential times. Dispatch is then M/M/N with non-preemptive
 * priority classes (one per grade), and call handling M/M/N+M.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import type { ArrivalClass, ForceScenario } from '../force/force-scenario';

const flat = (perHour: number) => new Array<number>(HOURS_PER_WEEK).fill(perHour);

function base(days: number): Omit<ForceScenario, 'channels' | 'pools' | 'poolRole' | 'duty' | 'routes' | 'arrivals' | 'grades' | 'resolutionCentre' | 'onSceneMinutes'> {
  return {
    modelId: 'queue',
    days,
    warmUpDays: 1,
    drainDays: 2,
    areas: [{ id: 'a', name: 'A', x: [0], y: [0], weight: [1], urban: [1] }],
    demandTypes: [{ id: 'job', name: 'Job', unitsRequired: 1 }],
    roles: ['PC'],
    gradingMinutes: 0,
    onSceneDistribution: 'exponential',
    onSceneCv: 1,
    travel: { urbanSpeedKmh: 30, ruralSpeedKmh: 30, detourFactor: 1, setupMinutes: 0 },
    notes: [],
  };
}

/** Dispatch as M/M/N with one priority class per grade (arrival rates per hour, highest priority first). */
export function dispatchQueueScenario(options: { arrivalRates: readonly number[]; meanServiceMinutes: number; servers: number; days: number }): ForceScenario {
  const { arrivalRates, meanServiceMinutes, servers, days } = options;
  const end = (1 + days + 2) * 1440;
  return {
    ...base(days),
    grades: arrivalRates.map((_, g) => ({ grade: g + 1, name: `Grade ${g + 1}`, response: 'immediate', urbanTargetMinutes: 15, ruralTargetMinutes: 20, clock: 'call-answered', appointmentWithinHours: null })),
    channels: [{ id: 'online', kind: 'online', handled: false, priority: 2, meanHandleMinutes: 1, meanPatienceMinutes: null, answerTargetSeconds: null }],
    pools: [{ id: 'team:PC', team: 'team', teamName: 'Team', role: 'PC', kind: 'units', areas: [0] }],
    poolRole: [0],
    duty: [{ pool: 0, start: 0, end, rostered: servers, abstraction: 0 }],
    routes: [{ id: 'deploy', kind: 'deploy', poolsByArea: [[0]] }],
    onSceneMinutes: [[meanServiceMinutes]],
    arrivals: arrivalRates.map((rate, g): ArrivalClass => ({ kind: 'incident', channel: 0, area: 0, type: 0, grade: g, route: 0, fallbackRoute: -1, perHour: flat(rate) })),
    resolutionCentre: null,
  };
}

/** Call handling as M/M/N+M: plain calls on one handled channel. */
export function callHandlingScenario(options: { arrivalRate: number; meanHandleMinutes: number; meanPatienceMinutes: number; servers: number; days: number }): ForceScenario {
  const { arrivalRate, meanHandleMinutes, meanPatienceMinutes, servers, days } = options;
  const end = (1 + days + 2) * 1440;
  return {
    ...base(days),
    grades: [{ grade: 1, name: 'Grade 1', response: 'immediate', urbanTargetMinutes: 15, ruralTargetMinutes: 20, clock: 'call-answered', appointmentWithinHours: null }],
    channels: [{ id: '101', kind: 'non-emergency-call', handled: true, priority: 1, meanHandleMinutes, meanPatienceMinutes, answerTargetSeconds: 60 }],
    pools: [{ id: 'control:CH', team: 'control', teamName: 'Control', role: 'CH', kind: 'call-handlers', areas: [] }],
    poolRole: [0],
    duty: [{ pool: 0, start: 0, end, rostered: servers, abstraction: 0 }],
    routes: [],
    onSceneMinutes: [[1]],
    arrivals: [{ kind: 'call', channel: 0, area: -1, type: -1, grade: -1, route: -1, fallbackRoute: -1, perHour: flat(arrivalRate) }],
    resolutionCentre: null,
  };
}
