/**
 * Training mode: the control room with calls arriving by themselves, so a newcomer sees it work.
 *
 * - **Calls** come from the simulator's arrival process over the force's weekly demand
 *   (training-calls.ts), in simulated time running `speed` times faster than real time from the
 *   current minute of the week, and are raised as incidents through the API (training-api.ts).
 * - **Autopilot**: a call nobody has graded `autopilotAfterMinutes` (simulated) after it arrived is
 *   assessed (THRIVE+ ratings matching its grade), graded, routed and — when routed to deploy —
 *   given the top recommended unit (retried while no unit is free). Trainees can take any call
 *   before that.
 * - **Units** assigned to any incident while training runs (by a trainee or the autopilot) go en
 *   route, arrive after their travel time and clear after their on-scene time, so the board moves.
 *   Units found committed to an incident at start (an earlier run was stopped mid-job) clear after
 *   `defaultTravelMinutes`.
 *
 * Every step is an API request as the `training` account: validated, audited and published like a
 * person's. A refused step (e.g. a trainee moved the unit first: 409) is counted and skipped; a
 * fault is logged and counted, never thrown into the server. Times on the incidents are the
 * server's real clock: at speed 10 a 12-minute drive takes 72 real seconds.
 */
import { createOperationsRepositories } from '@peel/db';
import type { PolicingModel } from '@peel/model';
import type { LiveEvent } from '../events/live-event';
import type { PeelServer } from '../routes/peel-server';
import { createTrainingApi, type TrainingApi, type TrainingResponse } from './training-api';
import { createTrainingCallGenerator, type TrainingCall } from './training-calls';
import type { TrainingDemand } from './training-demand';
import { thriveForResponse } from './thrive-for-grade';
import { realTimer, type TrainingTimer } from './training-timer';

/** What {@link startTrainingMode} needs. */
export interface TrainingModeOptions {
  app: PeelServer;
  /** The active model (its grades' responses and demand types). */
  model: PolicingModel;
  demand: TrainingDemand;
  /** Simulated minutes per real minute (1 = real time). */
  speed: number;
  seed: number;
  /** Simulated minute of the week to start at (0 = Monday 00:00): normally now's, in the force's time zone ({@link minuteOfWeek}). */
  startMinuteOfWeek: number;
  /** Default: real timers. Tests pass a fake. */
  timer?: TrainingTimer;
  /** Simulated minutes before the autopilot handles an ungraded call; null: never. Default 4. */
  autopilotAfterMinutes?: number | null;
  /** Travel minutes when a unit was assigned by someone else and its travel is unknown. Default 10. */
  defaultTravelMinutes?: number;
  /** Told of each thing training mode does (logs, tests). */
  onActivity?: (activity: TrainingActivity) => void;
}

/** One thing training mode did or could not do. */
export type TrainingActivity =
  | { kind: 'call'; incidentId: string; call: TrainingCall }
  | { kind: 'autopilot'; incidentId: string; grade: number; route: string; unitId?: string }
  | { kind: 'unit'; unitId: string; status: 'en-route' | 'on-scene' | 'available'; incidentId: string }
  | { kind: 'skipped'; what: string; status: number; code: string }
  | { kind: 'failure'; what: string; message: string };

/** Counters since start. */
export interface TrainingStats {
  callsRaised: number;
  autopilotHandled: number;
  unitsDispatched: number;
  unitsCleared: number;
  skipped: number;
  failures: number;
}

/** A running training mode. */
export interface TrainingMode {
  readonly stats: Readonly<TrainingStats>;
  /** The simulated minute of the week now (may run past 10,080: minutes since the start week's Monday). */
  simulatedMinute(): number;
  /** Resolves once no step is running (steps due later stay scheduled). Tests use it after advancing a fake timer. */
  settled(): Promise<void>;
  /** Stops generating calls and moving units, and waits for requests in flight. */
  stop(): Promise<void>;
}

/** Autopilot retries a dispatch this often (simulated minutes) while no unit is free … */
const DISPATCH_RETRY_MINUTES = 5;
/** … this many times. */
const DISPATCH_ATTEMPTS = 6;
/** On-scene minutes when the incident is not one of training mode's own. */
const DEFAULT_ON_SCENE_MINUTES = 45;

interface OwnIncident {
  call: TrainingCall;
  graded: boolean;
  /** Travel minutes of the unit the autopilot sent, by unit id. */
  travel: Map<string, number>;
}

interface ErrorBodyShape {
  error?: { code?: string; message?: string };
}

/** Starts training mode (see the file comment). */
export async function startTrainingMode(options: TrainingModeOptions): Promise<TrainingMode> {
  const { app, model, demand, speed, seed, startMinuteOfWeek } = options;
  if (!(speed > 0) || !Number.isFinite(speed)) throw new RangeError(`speed: expected a number > 0, got ${speed}`);
  if (!(startMinuteOfWeek >= 0 && startMinuteOfWeek < 10_080)) throw new RangeError(`startMinuteOfWeek: expected 0 … 10079, got ${startMinuteOfWeek}`);
  const timer = options.timer ?? realTimer;
  const autopilotAfter = options.autopilotAfterMinutes === undefined ? 4 : options.autopilotAfterMinutes;
  const defaultTravel = options.defaultTravelMinutes ?? 10;
  const report = options.onActivity ?? (() => undefined);
  const api: TrainingApi = await createTrainingApi(app);
  const calls = createTrainingCallGenerator(demand, seed);
  const responses = new Map(model.grades.map((grade) => [grade.grade, grade.response]));
  const demandTypes = new Map(model.demandTypes.map((type) => [type.id, type]));

  const stats: TrainingStats = { callsRaised: 0, autopilotHandled: 0, unitsDispatched: 0, unitsCleared: 0, skipped: 0, failures: 0 };
  const own = new Map<string, OwnIncident>();
  const timers = new Set<unknown>();
  const inFlight = new Set<Promise<void>>();
  const startedAt = timer.now();
  let stopped = false;

  const simulatedMinute = () => startMinuteOfWeek + ((timer.now() - startedAt) / 60_000) * speed;

  /** Runs `work` at simulated minute `minute` (at once if it is past). */
  function at(minute: number, what: string, work: () => Promise<void>): void {
    if (stopped) return;
    const delay = Math.max(0, ((minute - simulatedMinute()) * 60_000) / speed);
    const handle = timer.setTimeout(() => {
      timers.delete(handle);
      if (stopped) return;
      const running = work().catch((error: unknown) => {
        stats.failures += 1;
        const message = error instanceof Error ? error.message : String(error);
        app.log.warn({ err: error, what }, 'training mode: a step failed');
        report({ kind: 'failure', what, message });
      });
      inFlight.add(running);
      void running.finally(() => inFlight.delete(running));
    }, delay);
    timers.add(handle);
  }

  /** True for 2xx; a 4xx is a refused step (counted and skipped); anything else throws. */
  function accepted(what: string, response: TrainingResponse<unknown>): boolean {
    if (response.status >= 200 && response.status < 300) return true;
    const body = response.body as ErrorBodyShape;
    const code = body.error?.code ?? 'UNKNOWN';
    if (response.status >= 400 && response.status < 500) {
      stats.skipped += 1;
      app.log.info({ what, status: response.status, code, message: body.error?.message }, 'training mode: step refused, skipped');
      report({ kind: 'skipped', what, status: response.status, code });
      return false;
    }
    throw new Error(`${what}: ${response.status} ${code} ${body.error?.message ?? ''}`.trim());
  }

  function scheduleNextCall(after: number): void {
    const call = calls.next(after);
    if (!call) return;
    at(call.atMinute, `call ${call.sequence}`, async () => {
      scheduleNextCall(call.atMinute);
      await raise(call);
    });
  }

  async function raise(call: TrainingCall): Promise<void> {
    const type = demandTypes.get(call.callClass.demandTypeId);
    const category = type?.policeUkCategories?.[0];
    const response = await api.post<{ id: string }>('/api/incidents', {
      channelId: call.callClass.channelId,
      caller: { name: `Training caller ${call.sequence}`, phone: null },
      location: { lat: call.location.lat, lon: call.location.lon, description: 'Training mode: simulated location' },
      incidentType: category ? { code: 'crime', policeUkCategory: category } : { code: 'concern-for-safety' },
      demandTypeId: call.callClass.demandTypeId,
      description: `TRAINING — simulated call ${call.sequence}: ${call.callClass.demandTypeName}, grade ${call.callClass.grade} by the force's demand`,
    });
    if (!accepted(`call ${call.sequence}`, response)) return;
    const incidentId = response.body.id;
    own.set(incidentId, { call, graded: false, travel: new Map() });
    stats.callsRaised += 1;
    report({ kind: 'call', incidentId, call });
    if (autopilotAfter !== null) at(call.atMinute + autopilotAfter, `autopilot ${incidentId}`, () => autopilot(incidentId));
  }

  async function autopilot(incidentId: string): Promise<void> {
    const incident = own.get(incidentId);
    if (!incident || incident.graded) return;
    const grade = incident.call.callClass.grade;
    const gradeResponse = responses.get(grade);
    if (!gradeResponse) throw new Error(`grade ${grade} is not a grade of model ${model.id}`);
    const url = `/api/incidents/${encodeURIComponent(incidentId)}`;
    if (!accepted(`assess ${incidentId}`, await api.post(`${url}/assessments`, { factors: thriveForResponse(gradeResponse) }))) return;
    if (!accepted(`grade ${incidentId}`, await api.post(`${url}/grade`, { grade, reason: `Training mode: the simulated call is grade ${grade}` }))) return;
    incident.graded = true;
    const routed = await api.post<{ decision: { route: string } }>(`${url}/route`, {});
    if (!accepted(`route ${incidentId}`, routed)) return;
    stats.autopilotHandled += 1;
    report({ kind: 'autopilot', incidentId, grade, route: routed.body.decision.route });
    if (routed.body.decision.route === 'deploy') await dispatch(incidentId, 1);
  }

  async function dispatch(incidentId: string, attempt: number): Promise<void> {
    const url = `/api/incidents/${encodeURIComponent(incidentId)}`;
    const ranked = await api.get<{ recommendations: { unitId: string; travel: { time: number } }[] }>(`${url}/recommendations`);
    if (!accepted(`recommend ${incidentId}`, ranked)) return;
    const top = ranked.body.recommendations[0];
    if (top) {
      own.get(incidentId)?.travel.set(top.unitId, top.travel.time);
      const assigned = await api.post(`${url}/assignments`, { unitId: top.unitId });
      if (accepted(`assign ${top.unitId} to ${incidentId}`, assigned)) return;
    }
    if (attempt < DISPATCH_ATTEMPTS) at(simulatedMinute() + DISPATCH_RETRY_MINUTES, `dispatch ${incidentId}`, () => dispatch(incidentId, attempt + 1));
  }

  async function move(unitId: string, incidentId: string, status: 'en-route' | 'on-scene' | 'available'): Promise<boolean> {
    const response = await api.post(`/api/units/${encodeURIComponent(unitId)}/status`, { status });
    if (!accepted(`unit ${unitId} ${status}`, response)) return false;
    report({ kind: 'unit', unitId, status, incidentId });
    return true;
  }

  function onAssigned(incidentId: string, unitId: string): void {
    stats.unitsDispatched += 1;
    const incident = own.get(incidentId);
    const travel = incident?.travel.get(unitId) ?? defaultTravel;
    const onScene = incident?.call.onSceneMinutes ?? DEFAULT_ON_SCENE_MINUTES;
    const dispatchedAt = simulatedMinute();
    at(dispatchedAt, `unit ${unitId} en route`, async () => {
      if (!(await move(unitId, incidentId, 'en-route'))) return;
      at(dispatchedAt + travel, `unit ${unitId} on scene`, async () => {
        if (!(await move(unitId, incidentId, 'on-scene'))) return;
        at(dispatchedAt + travel + onScene, `unit ${unitId} cleared`, async () => {
          if (await move(unitId, incidentId, 'available')) stats.unitsCleared += 1;
        });
      });
    });
  }

  const unsubscribe = app.services.events.subscribe((event: LiveEvent) => {
    if (stopped) return;
    if (event.type === 'incident.graded') {
      const incident = own.get(event.entityId);
      if (incident) incident.graded = true;
    } else if (event.type === 'unit.assigned' && typeof event.data?.unitId === 'string') {
      onAssigned(event.entityId, event.data.unitId);
    }
  });

  for (const unit of await createOperationsRepositories(app.services.db).units.listOnDuty()) {
    if (unit.status === 'dispatched' || unit.status === 'en-route' || unit.status === 'on-scene') {
      at(startMinuteOfWeek + defaultTravel, `unit ${unit.id} cleared`, async () => {
        if (await move(unit.id, 'an incident of an earlier run', 'available')) stats.unitsCleared += 1;
      });
    }
  }
  scheduleNextCall(startMinuteOfWeek);

  return {
    stats,
    simulatedMinute,
    async settled() {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      unsubscribe();
      for (const handle of timers) timer.clearTimeout(handle);
      timers.clear();
      await Promise.allSettled([...inFlight]);
    },
  };
}

/** The minute of the week (0 = Monday 00:00) of `at` in `timeZone` (e.g. the model's Europe/London). */
export function minuteOfWeek(at: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const value = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const day = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(value('weekday'));
  if (day < 0) throw new RangeError(`timeZone: cannot read the weekday of ${at.toISOString()} in ${timeZone}`);
  return day * 1440 + Number(value('hour')) * 60 + Number(value('minute'));
}
