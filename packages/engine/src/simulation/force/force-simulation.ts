/**
 * One replication of a force: the event loop and its handlers. Calls arrive (a non-homogeneous
 * Poisson process), queue for call handlers by channel priority (999 before 101) where callers may
 * hang up, and once handled become incidents that are routed: to attendance (dispatch queues by
 * grade, the nearest free unit of an appropriate pool sent at once, two where the type needs two),
 * to the Resolution Centre (desks on duty; the job resolved, or booked for attendance), or closed
 * (partner referral, no further action). People come on and off duty by duty blocks, each one
 * abstracted at random at the start; a unit whose shift ends mid-job finishes the job first.
 *
 * Everything lives in typed arrays indexed by slot; the loop allocates nothing per event (tables
 * of calls and jobs double when full). Events are 32-bit integers: kind in the low 3 bits, a slot
 * above. See force-scenario.ts for the time origin and force-run-result.ts for the measures.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import { EventQueue } from '../event-queue';
import { buildAliasTables, sampleAlias, type AliasTables } from '../random/alias-table';
import { binomial, lognormal, lognormalParameters } from '../random/distributions';
import type { Xoshiro128 } from '../random/xoshiro128';
import { ArrivalProcess } from './arrival-process';
import type { ForceScenario } from './force-scenario';
import { createRunResult, RESPONSE_BINS, ROUTE_KINDS, type ForceRunResult } from './force-run-result';
import { BUSY, FREE, OFF, UnitTable } from './unit-table';

const ARRIVAL = 0;
const ROSTER = 1;
const PATIENCE = 2;
const HANDLED = 3;
const UNIT_ARRIVES = 4;
const UNIT_CLEARS = 5;
const RC_DONE = 6;
const GRADED = 7;
const KIND_BITS = 3;
const KIND_MASK = 7;

/** Call states. */
const CALL_WAITING = 1;
const CALL_IN_SERVICE = 2;
const CALL_GONE = 3;

const ROUTE_KIND_INDEX = new Map<string, number>(ROUTE_KINDS.map((kind, index) => [kind, index]));
const DEPLOY = ROUTE_KIND_INDEX.get('deploy')!;
const SCHEDULED = ROUTE_KIND_INDEX.get('scheduled-appointment')!;
const RESOLUTION = ROUTE_KIND_INDEX.get('resolution-centre')!;
const UNSERVED = ROUTE_KIND_INDEX.get('unserved')!;

/** A replication in progress. */
export class ForceSimulation {
  readonly result: ForceRunResult;
  private readonly events = new EventQueue(4096);
  private readonly arrivals: ArrivalProcess;
  private readonly units: UnitTable;
  private now = 0;
  private readonly measureStart: number;
  private readonly measureEnd: number;
  private readonly hardEnd: number;
  /** Measured calls and jobs not yet finished with (the run drains until none are left). */
  private outstanding = 0;

  // Scenario, compiled to flat arrays.
  private readonly areaCount: number;
  private readonly gradeCount: number;
  private readonly classKind: Uint8Array; // 1 incident, 0 plain call
  private readonly classChannel: Int32Array;
  private readonly classArea: Int32Array;
  private readonly classType: Int32Array;
  private readonly classGrade: Int32Array;
  private readonly classRoute: Int32Array;
  private readonly classFallback: Int32Array;
  private readonly channelHandled: Uint8Array;
  private readonly channelHandle: Float64Array;
  private readonly channelPatience: Float64Array;
  private readonly channelTarget: Float64Array;
  private readonly channelOrder: Int32Array;
  private readonly routeKind: Int32Array;
  /** Pools that may attend route r in area a: routePools[routePoolStart[r·A + a] …]. */
  private readonly routePoolStart: Int32Array;
  private readonly routePools: Int32Array;
  /** Dispatch queues each unit pool serves: poolQueues[poolQueueStart[p] …], queue = route·A + area. */
  private readonly poolQueueStart: Int32Array;
  private readonly poolQueues: Int32Array;
  private readonly gradeRank: Int32Array;
  private readonly rankGrade: Int32Array;
  private readonly gradeTargetUrban: Float64Array;
  private readonly gradeTargetRural: Float64Array;
  private readonly gradeClock: Uint8Array; // 0 answered, 1 graded, 2 dispatched
  private readonly scheduledGrade: number;
  private readonly typeUnits: Int32Array;
  private readonly typeResolutionMinutes: Float64Array;
  private readonly onScene: Float64Array; // [type·R + role]
  private readonly roleCount: number;
  private readonly poolRole: Int32Array;
  private readonly areaTables: AliasTables[];
  private readonly poolAreaTables: (AliasTables | null)[];
  private readonly areaX: Float64Array[];
  private readonly areaY: Float64Array[];
  private readonly areaUrban: Uint8Array[];
  private readonly onSceneMu: number;
  private readonly onSceneSigma: number;
  private readonly onSceneExponential: boolean;
  private readonly speedUrban: number; // km per minute
  private readonly speedRural: number;
  private readonly detour: number;
  private readonly setup: number;
  private readonly grading: number;

  // Duty.
  private readonly rosterTime: Float64Array;
  private readonly rosterBlock: Int32Array; // block index, negative (−1 − block) for an end
  private rosterNext = 0;
  private readonly blockDrawn: Int32Array;
  private readonly blockUnitStart: Int32Array;
  private readonly blockUnits: Int32Array;
  private readonly serverOnDuty: Int32Array;
  private readonly serverBusy: Int32Array;
  private readonly serverLast: Float64Array;
  private readonly handlerPools: Int32Array;
  private readonly resolutionPools: Int32Array;
  private readonly contactWithin: number;
  private readonly resolveProbability: number;

  // Calls.
  private callClass = new Int32Array(1024);
  private callArrival = new Float64Array(1024);
  private callDeadline = new Float64Array(1024);
  private callState = new Uint8Array(1024);
  private callNext = new Int32Array(1024);
  private callPool = new Int32Array(1024);
  private callGraded = new Uint8Array(1024);
  private callFree = new Int32Array(1024);
  private callFreeCount = 0;
  private callCapacity = 0;
  private readonly callHead: Int32Array;
  private readonly callTail: Int32Array;
  private callsWaitingMeasured = 0;
  private callsWaitingLast = 0;

  // Jobs.
  private jobArea = new Int32Array(1024);
  private jobType = new Int32Array(1024);
  private jobGrade = new Int32Array(1024);
  private jobRoute = new Int32Array(1024);
  private jobFallback = new Int32Array(1024);
  private jobLocation = new Int32Array(1024);
  private jobDesk = new Int32Array(1024);
  private jobAnswered = new Float64Array(1024);
  private jobGraded = new Float64Array(1024);
  private jobDispatched = new Float64Array(1024);
  private jobQueued = new Float64Array(1024);
  private jobArrived = new Float64Array(1024);
  private jobFactor = new Float64Array(1024);
  private jobNeeded = new Int32Array(1024);
  private jobAssigned = new Int32Array(1024);
  private jobActive = new Int32Array(1024);
  private jobMeasured = new Uint8Array(1024);
  private jobNext = new Int32Array(1024);
  private jobFree = new Int32Array(1024);
  private jobFreeCount = 0;
  private jobCapacity = 0;
  /** Dispatch FIFOs, one per (queue, grade rank): head and tail job slots. */
  private readonly queueHead: Int32Array;
  private readonly queueTail: Int32Array;
  private resolutionHead = -1;
  private resolutionTail = -1;
  private jobsWaitingMeasured = 0;
  private jobsWaitingLast = 0;

  constructor(
    private readonly scenario: ForceScenario,
    private readonly random: Xoshiro128,
    replication: number,
    seed: number,
  ) {
    const s = scenario;
    this.result = createRunResult(s, replication, seed);
    this.areaCount = s.areas.length;
    this.gradeCount = s.grades.length;
    this.measureStart = s.warmUpDays * 1440;
    this.measureEnd = this.measureStart + s.days * 1440;
    this.hardEnd = this.measureEnd + s.drainDays * 1440;
    this.arrivals = new ArrivalProcess(s.arrivals, random);
    const classes = s.arrivals;
    this.classKind = Uint8Array.from(classes, (c) => (c.kind === 'incident' ? 1 : 0));
    this.classChannel = Int32Array.from(classes, (c) => c.channel);
    this.classArea = Int32Array.from(classes, (c) => c.area);
    this.classType = Int32Array.from(classes, (c) => c.type);
    this.classGrade = Int32Array.from(classes, (c) => c.grade);
    this.classRoute = Int32Array.from(classes, (c) => c.route);
    this.classFallback = Int32Array.from(classes, (c) => c.fallbackRoute);
    this.channelHandled = Uint8Array.from(s.channels, (c) => (c.handled ? 1 : 0));
    this.channelHandle = Float64Array.from(s.channels, (c) => c.meanHandleMinutes);
    this.channelPatience = Float64Array.from(s.channels, (c) => c.meanPatienceMinutes ?? 0);
    this.channelTarget = Float64Array.from(s.channels, (c) => (c.answerTargetSeconds ?? NaN) / 60);
    this.channelOrder = Int32Array.from(s.channels.map((c, i) => [c.priority, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]), ([, i]) => i);
    this.callHead = new Int32Array(s.channels.length).fill(-1);
    this.callTail = new Int32Array(s.channels.length).fill(-1);
    this.routeKind = Int32Array.from(s.routes, (r) => ROUTE_KIND_INDEX.get(r.kind)!);

    // Route × area → pools (CSR), and pool → queues it serves.
    const A = this.areaCount;
    this.routePoolStart = new Int32Array(s.routes.length * A + 1);
    const routePools: number[] = [];
    const poolQueues: number[][] = s.pools.map(() => []);
    s.routes.forEach((route, r) => {
      for (let a = 0; a < A; a += 1) {
        this.routePoolStart[r * A + a] = routePools.length;
        for (const pool of route.poolsByArea[a]!) {
          routePools.push(pool);
          poolQueues[pool]!.push(r * A + a);
        }
      }
    });
    this.routePoolStart[s.routes.length * A] = routePools.length;
    this.routePools = Int32Array.from(routePools);
    this.poolQueueStart = new Int32Array(s.pools.length + 1);
    const flatQueues: number[] = [];
    poolQueues.forEach((queues, p) => {
      this.poolQueueStart[p] = flatQueues.length;
      flatQueues.push(...queues);
    });
    this.poolQueueStart[s.pools.length] = flatQueues.length;
    this.poolQueues = Int32Array.from(flatQueues);
    this.queueHead = new Int32Array(s.routes.length * A * this.gradeCount).fill(-1);
    this.queueTail = new Int32Array(s.routes.length * A * this.gradeCount).fill(-1);

    // Grades: rank by grade number (Grade 1 first).
    const order = s.grades.map((g, i) => [g.grade, i] as const).sort((a, b) => a[0] - b[0]);
    this.gradeRank = new Int32Array(this.gradeCount);
    this.rankGrade = new Int32Array(this.gradeCount);
    order.forEach(([, index], rank) => {
      this.gradeRank[index] = rank;
      this.rankGrade[rank] = index;
    });
    this.gradeTargetUrban = Float64Array.from(s.grades, (g) => g.urbanTargetMinutes ?? (g.appointmentWithinHours === null ? NaN : g.appointmentWithinHours * 60));
    this.gradeTargetRural = Float64Array.from(s.grades, (g) => g.ruralTargetMinutes ?? (g.appointmentWithinHours === null ? NaN : g.appointmentWithinHours * 60));
    this.gradeClock = Uint8Array.from(s.grades, (g) => (g.urbanTargetMinutes === null ? 0 : g.clock === 'graded' ? 1 : g.clock === 'dispatched' ? 2 : 0));
    this.scheduledGrade = s.grades.findIndex((g) => g.response === 'scheduled');
    this.typeUnits = Int32Array.from(s.demandTypes, (t) => t.unitsRequired);
    this.typeResolutionMinutes = Float64Array.from(s.demandTypes, (_, i) => s.resolutionCentre?.meanMinutesByType[i] ?? 30);
    this.roleCount = s.roles.length;
    this.onScene = Float64Array.from(s.onSceneMinutes.flat());
    this.poolRole = Int32Array.from(s.poolRole);
    const { mu, sigma } = lognormalParameters(1, s.onSceneCv);
    this.onSceneMu = mu;
    this.onSceneSigma = sigma;
    this.onSceneExponential = s.onSceneDistribution === 'exponential';
    this.speedUrban = s.travel.urbanSpeedKmh / 60;
    this.speedRural = s.travel.ruralSpeedKmh / 60;
    this.detour = s.travel.detourFactor;
    this.setup = s.travel.setupMinutes;
    this.grading = s.gradingMinutes;

    // Locations: an alias table per area; a pool picks an area by the areas' total weights.
    this.areaTables = s.areas.map((area) => buildAliasTables(Float64Array.from(area.weight), area.weight.length));
    this.areaX = s.areas.map((area) => Float64Array.from(area.x));
    this.areaY = s.areas.map((area) => Float64Array.from(area.y));
    this.areaUrban = s.areas.map((area) => Uint8Array.from(area.urban));
    const areaWeight = s.areas.map((area) => area.weight.reduce((sum, w) => sum + w, 0));
    this.poolAreaTables = s.pools.map((pool) => (pool.areas.length === 0 ? null : buildAliasTables(Float64Array.from(pool.areas, (a) => areaWeight[a]!), pool.areas.length)));

    // Duty: starts and ends in time order (ends first at equal times), and the units of each block.
    this.units = new UnitTable(s);
    const roster = s.duty.flatMap((block, index) => [
      [block.start, index] as const,
      [block.end, -1 - index] as const,
    ]);
    roster.sort((a, b) => a[0] - b[0] || (a[1] < 0 ? 0 : 1) - (b[1] < 0 ? 0 : 1) || a[1] - b[1]);
    this.rosterTime = Float64Array.from(roster, ([time]) => time);
    this.rosterBlock = Int32Array.from(roster, ([, block]) => block);
    this.blockDrawn = new Int32Array(s.duty.length);
    this.blockUnitStart = new Int32Array(s.duty.length + 1);
    s.duty.forEach((block, index) => (this.blockUnitStart[index + 1] = this.blockUnitStart[index]! + block.rostered));
    this.blockUnits = new Int32Array(this.blockUnitStart[s.duty.length]!);
    this.serverOnDuty = new Int32Array(s.pools.length);
    this.serverBusy = new Int32Array(s.pools.length);
    this.serverLast = new Float64Array(s.pools.length);
    this.handlerPools = Int32Array.from(s.pools.flatMap((pool, index) => (pool.kind === 'call-handlers' ? [index] : [])));
    this.resolutionPools = Int32Array.from(s.resolutionCentre?.pools ?? []);
    this.contactWithin = (s.resolutionCentre?.contactWithinHours ?? 48) * 60;
    this.resolveProbability = s.resolutionCentre?.resolveProbability ?? 0;
    this.growCalls(1024);
    this.growJobs(1024);
  }

  /** Runs the replication to the end and returns its measurements. */
  run(): ForceRunResult {
    const events = this.events;
    const first = this.arrivals.next(0, this.measureEnd);
    if (first < Infinity) events.push(first, (this.arrivals.lastClass << KIND_BITS) | ARRIVAL);
    if (this.rosterTime.length > 0) events.push(this.rosterTime[0]!, ROSTER);
    let processed = 0;
    while (events.size > 0) {
      const time = events.peekTime();
      if (time > this.hardEnd || (time >= this.measureEnd && this.outstanding === 0)) break;
      const event = events.pop();
      this.now = time;
      processed += 1;
      const id = event >>> KIND_BITS;
      switch (event & KIND_MASK) {
        case ARRIVAL:
          this.onArrival(id);
          break;
        case ROSTER:
          this.onRoster();
          break;
        case PATIENCE:
          this.onPatience(id, time);
          break;
        case HANDLED:
          this.onHandled(id);
          break;
        case UNIT_ARRIVES:
          this.onUnitArrives(id);
          break;
        case UNIT_CLEARS:
          this.onUnitClears(id);
          break;
        case RC_DONE:
          this.onResolutionDone(id);
          break;
        default:
          this.onGraded(id);
      }
    }
    this.finish(processed);
    return this.result;
  }

  private isMeasured(time: number): boolean {
    return time >= this.measureStart && time < this.measureEnd;
  }

  // ——— Arrivals and call handling ———

  private onArrival(cls: number): void {
    const now = this.now;
    const next = this.arrivals.next(now, this.measureEnd);
    if (next < Infinity) this.events.push(next, (this.arrivals.lastClass << KIND_BITS) | ARRIVAL);
    const channel = this.classChannel[cls]!;
    const measured = this.isMeasured(now);
    if (measured) this.result.callsOffered[channel]! += 1;
    if (this.channelHandled[channel] === 0) {
      if (measured) this.result.callsAnswered[channel]! += 1;
      if (this.classKind[cls] === 1) this.createJob(cls, now, now, now);
      return;
    }
    const call = this.allocateCall();
    this.callClass[call] = cls;
    this.callArrival[call] = now;
    if (measured) this.outstanding += 1;
    const pool = this.freeHandlerPool();
    if (pool >= 0) {
      this.startCall(call, pool);
      return;
    }
    this.callState[call] = CALL_WAITING;
    this.callNext[call] = -1;
    const tail = this.callTail[channel]!;
    if (tail < 0) this.callHead[channel] = call;
    else this.callNext[tail] = call;
    this.callTail[channel] = call;
    if (measured) this.changeCallsWaiting(1);
    const patience = this.channelPatience[channel]!;
    if (patience > 0) {
      const deadline = now - patience * Math.log(this.random.nextFloat());
      this.callDeadline[call] = deadline;
      this.events.push(deadline, (call << KIND_BITS) | PATIENCE);
    } else {
      this.callDeadline[call] = NaN;
    }
  }

  /** A handler pool with someone free, or −1. */
  private freeHandlerPool(): number {
    const pools = this.handlerPools;
    for (let i = 0; i < pools.length; i += 1) {
      const pool = pools[i]!;
      if (this.serverBusy[pool]! < this.serverOnDuty[pool]!) return pool;
    }
    return -1;
  }

  private startCall(call: number, pool: number): void {
    const now = this.now;
    const cls = this.callClass[call]!;
    const channel = this.classChannel[cls]!;
    this.setServerBusy(pool, 1);
    this.callState[call] = CALL_IN_SERVICE;
    this.callPool[call] = pool;
    const arrival = this.callArrival[call]!;
    if (this.isMeasured(arrival)) {
      const wait = now - arrival;
      const result = this.result;
      result.callsAnswered[channel]! += 1;
      result.callWaitSum[channel]! += wait;
      if (wait <= this.channelTarget[channel]!) result.callsAnsweredInTarget[channel]! += 1;
      result.littlesLaw.calls.waitSum += wait;
    }
    // Answered now; handling takes an exponential time (Erlang's assumption, so the call-handling
    // stage can be checked against Erlang A). An incident is graded and passed to dispatch
    // `gradingMinutes` into the call while the handler stays on the line, or at its end if sooner.
    this.callDeadline[call] = now;
    const handled = now - this.channelHandle[channel]! * Math.log(this.random.nextFloat());
    this.events.push(handled, (call << KIND_BITS) | HANDLED);
    this.callGraded[call] = 0;
    if (this.classKind[cls] === 1 && handled > now + this.grading) this.events.push(now + this.grading, (call << KIND_BITS) | GRADED);
  }

  private onGraded(call: number): void {
    this.callGraded[call] = 1;
    this.createJob(this.callClass[call]!, this.callArrival[call]!, this.callDeadline[call]!, this.now);
  }

  private onPatience(call: number, time: number): void {
    // Stale unless the caller is still waiting with this very deadline (slots are reused).
    if (this.callState[call] !== CALL_WAITING || this.callDeadline[call] !== time) return;
    this.callState[call] = CALL_GONE;
    const arrival = this.callArrival[call]!;
    const cls = this.callClass[call]!;
    if (this.isMeasured(arrival)) {
      const result = this.result;
      result.callsAbandoned[this.classChannel[cls]!]! += 1;
      result.callWaitSum[this.classChannel[cls]!]! += time - arrival;
      result.littlesLaw.calls.waitSum += time - arrival;
      if (this.classKind[cls] === 1) result.incidentsAbandoned[this.classGrade[cls]!]! += 1;
      this.changeCallsWaiting(-1);
      this.outstanding -= 1;
    }
    // The slot stays linked in its queue and is freed when the queue reaches it.
  }

  private onHandled(call: number): void {
    const now = this.now;
    const pool = this.callPool[call]!;
    const cls = this.callClass[call]!;
    const arrival = this.callArrival[call]!;
    const answered = this.callDeadline[call]!;
    const graded = this.callGraded[call] === 1;
    this.setServerBusy(pool, -1);
    this.releaseCall(call);
    if (this.isMeasured(arrival)) this.outstanding -= 1;
    if (this.classKind[cls] === 1 && !graded) this.createJob(cls, arrival, answered, now);
    this.serveWaitingCalls();
  }

  /** Gives free handlers to waiting callers, emergency channel first. */
  private serveWaitingCalls(): void {
    for (;;) {
      const pool = this.freeHandlerPool();
      if (pool < 0) return;
      const call = this.nextWaitingCall();
      if (call < 0) return;
      if (this.isMeasured(this.callArrival[call]!)) this.changeCallsWaiting(-1);
      this.startCall(call, pool);
    }
  }

  /** Unlinks and returns the first caller still waiting, by channel priority; −1 when none. */
  private nextWaitingCall(): number {
    const order = this.channelOrder;
    for (let i = 0; i < order.length; i += 1) {
      const channel = order[i]!;
      let call = this.callHead[channel]!;
      while (call >= 0) {
        const next = this.callNext[call]!;
        this.callHead[channel] = next;
        if (next < 0) this.callTail[channel] = -1;
        if (this.callState[call] === CALL_WAITING) return call;
        this.releaseCall(call); // hung up earlier
        call = next;
      }
    }
    return -1;
  }

  private changeCallsWaiting(delta: number): void {
    this.result.littlesLaw.calls.area += this.callsWaitingMeasured * (this.now - this.callsWaitingLast);
    this.callsWaitingLast = this.now;
    this.callsWaitingMeasured += delta;
  }

  // ——— Incidents and routing ———

  /** Makes the incident a handled call carried and routes it; it counts when the call came in during the measured days. */
  private createJob(cls: number, arrival: number, answered: number, graded: number): void {
    const measured = this.isMeasured(arrival);
    const grade = this.classGrade[cls]!;
    const route = this.classRoute[cls]!;
    const kind = this.routeKind[route]!;
    if (measured) this.result.routed[grade * ROUTE_KINDS.length + kind]! += 1;
    if (kind !== DEPLOY && kind !== SCHEDULED && kind !== RESOLUTION) {
      if (kind === UNSERVED && measured) this.result.unserved[grade * this.areaCount + this.classArea[cls]!]! += 1;
      return;
    }
    const job = this.allocateJob();
    const area = this.classArea[cls]!;
    const type = this.classType[cls]!;
    this.jobArea[job] = area;
    this.jobType[job] = type;
    this.jobGrade[job] = grade;
    this.jobRoute[job] = route;
    this.jobFallback[job] = this.classFallback[cls]!;
    this.jobLocation[job] = sampleAlias(this.areaTables[area]!, 0, this.random);
    this.jobAnswered[job] = answered;
    this.jobGraded[job] = graded;
    this.jobDispatched[job] = NaN;
    this.jobArrived[job] = NaN;
    // One draw per job, scaled by each attending role's mean: the job is long or short for everyone at it.
    this.jobFactor[job] = this.onSceneExponential ? -Math.log(this.random.nextFloat()) : lognormal(this.random, this.onSceneMu, this.onSceneSigma);
    this.jobNeeded[job] = this.typeUnits[type]!;
    this.jobAssigned[job] = 0;
    this.jobActive[job] = 0;
    this.jobMeasured[job] = measured ? 1 : 0;
    if (kind === RESOLUTION) this.referToResolution(job);
    else this.dispatch(job);
  }

  private dispatch(job: number): void {
    const area = this.jobArea[job]!;
    const route = this.jobRoute[job]!;
    const grade = this.jobGrade[job]!;
    const measured = this.jobMeasured[job] === 1;
    const cell = grade * this.areaCount + area;
    const key = route * this.areaCount + area;
    const start = this.routePoolStart[key]!;
    const end = this.routePoolStart[key + 1]!;
    if (start === end) {
      if (measured) this.result.unserved[cell]! += 1;
      this.releaseJob(job);
      return;
    }
    if (measured) {
      this.result.jobs[cell]! += 1;
      this.outstanding += 1;
    }
    this.jobQueued[job] = this.now;
    while (this.jobAssigned[job]! < this.jobNeeded[job]!) {
      const unit = this.nearestFreeUnit(job, start, end);
      if (unit < 0) break;
      this.units.removeFree(unit);
      this.assign(unit, job);
    }
    if (this.jobAssigned[job]! < this.jobNeeded[job]!) this.enqueue(job, key);
  }

  private nearestFreeUnit(job: number, start: number, end: number): number {
    const units = this.units;
    const area = this.jobArea[job]!;
    const location = this.jobLocation[job]!;
    const x = this.areaX[area]![location]!;
    const y = this.areaY[area]![location]!;
    let best = -1;
    let bestDistance = Infinity;
    for (let i = start; i < end; i += 1) {
      const pool = this.routePools[i]!;
      const first = units.poolStart[pool]!;
      const last = first + units.freeCount[pool]!;
      for (let k = first; k < last; k += 1) {
        const unit = units.freeList[k]!;
        const dx = units.x[unit]! - x;
        const dy = units.y[unit]! - y;
        const distance = dx * dx + dy * dy;
        if (distance < bestDistance) {
          bestDistance = distance;
          best = unit;
        }
      }
    }
    return best;
  }

  private enqueue(job: number, key: number): void {
    const queue = key * this.gradeCount + this.gradeRank[this.jobGrade[job]!]!;
    this.jobNext[job] = -1;
    const tail = this.queueTail[queue]!;
    if (tail < 0) this.queueHead[queue] = job;
    else this.jobNext[tail] = job;
    this.queueTail[queue] = job;
    if (this.jobAssigned[job] === 0 && this.jobMeasured[job] === 1) this.changeJobsWaiting(1);
  }

  /** Sends `unit` (already off the free list) to `job`. */
  private assign(unit: number, job: number): void {
    const units = this.units;
    const now = this.now;
    this.accrueUnit(unit);
    units.state[unit] = BUSY;
    units.job[unit] = job;
    if (this.jobAssigned[job] === 0) {
      this.jobDispatched[job] = now;
      if (this.jobMeasured[job] === 1) {
        const cell = this.jobGrade[job]! * this.areaCount + this.jobArea[job]!;
        const wait = now - this.jobQueued[job]!;
        this.result.dispatched[cell]! += 1;
        this.result.dispatchWaitSum[cell]! += wait;
        this.result.littlesLaw.dispatch.waitSum += wait;
      }
    }
    this.jobAssigned[job]! += 1;
    this.jobActive[job]! += 1;
    const area = this.jobArea[job]!;
    const location = this.jobLocation[job]!;
    const dx = units.x[unit]! - this.areaX[area]![location]!;
    const dy = units.y[unit]! - this.areaY[area]![location]!;
    const speed = this.areaUrban[area]![location] === 1 ? this.speedUrban : this.speedRural;
    const travel = this.setup + (this.detour * Math.sqrt(dx * dx + dy * dy)) / speed;
    this.events.push(now + travel, (unit << KIND_BITS) | UNIT_ARRIVES);
  }

  private onUnitArrives(unit: number): void {
    const units = this.units;
    const job = units.job[unit]!;
    const now = this.now;
    const area = this.jobArea[job]!;
    const location = this.jobLocation[job]!;
    units.x[unit] = this.areaX[area]![location]!;
    units.y[unit] = this.areaY[area]![location]!;
    if (Number.isNaN(this.jobArrived[job]!)) {
      this.jobArrived[job] = now;
      if (this.jobMeasured[job] === 1) this.recordResponse(job);
    }
    const minutes = this.jobFactor[job]! * this.onScene[this.jobType[job]! * this.roleCount + this.poolRole[units.pool[unit]!]!]!;
    this.events.push(now + minutes, (unit << KIND_BITS) | UNIT_CLEARS);
  }

  private recordResponse(job: number): void {
    const result = this.result;
    const grade = this.jobGrade[job]!;
    const area = this.jobArea[job]!;
    const cell = grade * this.areaCount + area;
    const clock = this.gradeClock[grade]!;
    const from = clock === 0 ? this.jobAnswered[job]! : clock === 1 ? this.jobGraded[job]! : this.jobDispatched[job]!;
    const minutes = this.now - from;
    const urban = this.areaUrban[area]![this.jobLocation[job]!] === 1;
    const target = urban ? this.gradeTargetUrban[grade]! : this.gradeTargetRural[grade]!;
    if (urban) {
      result.attendedUrban[cell]! += 1;
      if (minutes <= target) result.compliantUrban[cell]! += 1;
    } else {
      result.attendedRural[cell]! += 1;
      if (minutes <= target) result.compliantRural[cell]! += 1;
    }
    result.responseSum[cell]! += minutes;
    const bin = minutes >= RESPONSE_BINS - 1 ? RESPONSE_BINS - 1 : Math.floor(minutes);
    result.responseHistogram[cell * RESPONSE_BINS + bin]! += 1;
    this.outstanding -= 1;
  }

  private onUnitClears(unit: number): void {
    const units = this.units;
    const job = units.job[unit]!;
    units.job[unit] = -1;
    this.jobActive[job]! -= 1;
    if (this.jobActive[job] === 0 && this.jobAssigned[job] === this.jobNeeded[job]) this.releaseJob(job);
    this.accrueUnit(unit);
    this.unitFree(unit);
  }

  /** A unit is free: off duty if its shift is over, else the best waiting job, else the free list. */
  private unitFree(unit: number): void {
    const units = this.units;
    if (units.offPending[unit] === 1) {
      units.offPending[unit] = 0;
      units.putOff(unit);
      return;
    }
    const pool = units.pool[unit]!;
    let bestQueue = -1;
    let bestRank = this.gradeCount;
    let bestTime = Infinity;
    const end = this.poolQueueStart[pool + 1]!;
    for (let i = this.poolQueueStart[pool]!; i < end; i += 1) {
      const base = this.poolQueues[i]! * this.gradeCount;
      for (let rank = 0; rank < bestRank + 1 && rank < this.gradeCount; rank += 1) {
        const head = this.queueHead[base + rank]!;
        if (head < 0) continue;
        const queued = this.jobQueued[head]!;
        if (rank < bestRank || queued < bestTime) {
          bestRank = rank;
          bestTime = queued;
          bestQueue = base + rank;
        }
        break;
      }
    }
    if (bestQueue < 0) {
      units.addFree(unit);
      return;
    }
    const job = this.queueHead[bestQueue]!;
    if (this.jobAssigned[job] === 0 && this.jobMeasured[job] === 1) this.changeJobsWaiting(-1);
    this.assign(unit, job);
    if (this.jobAssigned[job] === this.jobNeeded[job]) {
      const next = this.jobNext[job]!;
      this.queueHead[bestQueue] = next;
      if (next < 0) this.queueTail[bestQueue] = -1;
    }
  }

  private changeJobsWaiting(delta: number): void {
    this.result.littlesLaw.dispatch.area += this.jobsWaitingMeasured * (this.now - this.jobsWaitingLast);
    this.jobsWaitingLast = this.now;
    this.jobsWaitingMeasured += delta;
  }

  // ——— Resolution Centre ———

  private referToResolution(job: number): void {
    if (this.jobMeasured[job] === 1) {
      this.result.resolution.referred += 1;
      this.outstanding += 1;
    }
    this.jobNext[job] = -1;
    this.jobQueued[job] = this.now;
    if (this.resolutionTail < 0) this.resolutionHead = job;
    else this.jobNext[this.resolutionTail] = job;
    this.resolutionTail = job;
    this.serveResolution();
  }

  private serveResolution(): void {
    while (this.resolutionHead >= 0) {
      const pool = this.freeServer(this.resolutionPools);
      if (pool < 0) return;
      const job = this.resolutionHead;
      this.resolutionHead = this.jobNext[job]!;
      if (this.resolutionHead < 0) this.resolutionTail = -1;
      this.setServerBusy(pool, 1);
      this.jobDesk[job] = pool;
      if (this.jobMeasured[job] === 1) {
        const delay = this.now - this.jobAnswered[job]!;
        const resolution = this.result.resolution;
        resolution.contacted += 1;
        resolution.contactDelaySum += delay;
        if (delay <= this.contactWithin) resolution.contactedInTarget += 1;
        this.outstanding -= 1;
      }
      const minutes = this.typeResolutionMinutes[this.jobType[job]!]! * lognormal(this.random, this.onSceneMu, this.onSceneSigma);
      this.events.push(this.now + minutes, (job << KIND_BITS) | RC_DONE);
    }
  }

  private onResolutionDone(job: number): void {
    this.setServerBusy(this.jobDesk[job]!, -1);
    const fallback = this.jobFallback[job]!;
    if (this.random.nextFloat() < this.resolveProbability || fallback < 0 || this.scheduledGrade < 0) {
      if (this.jobMeasured[job] === 1) this.result.resolution.resolved += 1;
      this.releaseJob(job);
    } else {
      // Not resolved: booked for attendance as scheduled work, on the clock of the original call.
      this.jobRoute[job] = fallback;
      this.jobGrade[job] = this.scheduledGrade;
      this.dispatch(job);
    }
    this.serveResolution();
  }

  // ——— Duty ———

  private onRoster(): void {
    const index = this.rosterNext++;
    if (this.rosterNext < this.rosterTime.length) this.events.push(this.rosterTime[this.rosterNext]!, ROSTER);
    const code = this.rosterBlock[index]!;
    if (code >= 0) this.startBlock(code);
    else this.endBlock(-1 - code);
  }

  private startBlock(block: number): void {
    const duty = this.scenario.duty[block]!;
    const drawn = duty.abstraction > 0 ? binomial(this.random, duty.rostered, 1 - duty.abstraction) : duty.rostered;
    const pool = duty.pool;
    if (this.scenario.pools[pool]!.kind !== 'units') {
      this.blockDrawn[block] = drawn;
      this.setServerOnDuty(pool, drawn);
      if (this.scenario.pools[pool]!.kind === 'call-handlers') this.serveWaitingCalls();
      else this.serveResolution();
      return;
    }
    const units = this.units;
    let placed = 0;
    for (let k = 0; k < drawn; k += 1) {
      const unit = units.takeOff(pool);
      if (unit < 0) {
        this.result.overflow += drawn - k;
        break;
      }
      this.blockUnits[this.blockUnitStart[block]! + placed] = unit;
      placed += 1;
      units.block[unit] = block;
      units.offPending[unit] = 0;
      const poolAreas = this.scenario.pools[pool]!.areas;
      const area = poolAreas[sampleAlias(this.poolAreaTables[pool]!, 0, this.random)]!;
      const location = sampleAlias(this.areaTables[area]!, 0, this.random);
      units.x[unit] = this.areaX[area]![location]!;
      units.y[unit] = this.areaY[area]![location]!;
      units.state[unit] = FREE;
      units.lastChange[unit] = this.now;
      this.unitFree(unit);
    }
    this.blockDrawn[block] = placed;
  }

  private endBlock(block: number): void {
    const pool = this.scenario.duty[block]!.pool;
    const drawn = this.blockDrawn[block]!;
    if (this.scenario.pools[pool]!.kind !== 'units') {
      this.setServerOnDuty(pool, -drawn);
      return;
    }
    const units = this.units;
    const start = this.blockUnitStart[block]!;
    for (let k = 0; k < drawn; k += 1) {
      const unit = this.blockUnits[start + k]!;
      if (units.block[unit] !== block) continue;
      if (units.state[unit] === FREE) {
        this.accrueUnit(unit);
        units.removeFree(unit);
        units.putOff(unit);
      } else if (units.state[unit] === BUSY) {
        units.offPending[unit] = 1;
      }
    }
  }

  // ——— Utilisation ———

  /** Adds a unit's time since its last change (busy or free, on duty either way) to its pool's hours. */
  private accrueUnit(unit: number): void {
    const units = this.units;
    const state = units.state[unit]!;
    if (state !== OFF) this.accrue(units.pool[unit]!, units.lastChange[unit]!, this.now, state === BUSY ? 1 : 0, 1);
    units.lastChange[unit] = this.now;
  }

  private setServerBusy(pool: number, delta: number): void {
    this.accrue(pool, this.serverLast[pool]!, this.now, this.serverBusy[pool]!, Math.max(this.serverOnDuty[pool]!, this.serverBusy[pool]!));
    this.serverLast[pool] = this.now;
    this.serverBusy[pool]! += delta;
  }

  private setServerOnDuty(pool: number, delta: number): void {
    this.accrue(pool, this.serverLast[pool]!, this.now, this.serverBusy[pool]!, Math.max(this.serverOnDuty[pool]!, this.serverBusy[pool]!));
    this.serverLast[pool] = this.now;
    this.serverOnDuty[pool]! += delta;
  }

  /** Adds `busy` and `onDuty` people × minutes over [from, to] ∩ the measured days to the pool's hour-of-week cells. */
  private accrue(pool: number, from: number, to: number, busy: number, onDuty: number): void {
    let start = from > this.measureStart ? from : this.measureStart;
    const end = to < this.measureEnd ? to : this.measureEnd;
    const base = pool * HOURS_PER_WEEK;
    const result = this.result;
    while (start < end) {
      const hourEnd = (Math.floor(start / 60) + 1) * 60;
      const stop = hourEnd < end ? hourEnd : end;
      const cell = base + (Math.floor(start / 60) % HOURS_PER_WEEK);
      result.poolBusy[cell]! += busy * (stop - start);
      result.poolOnDuty[cell]! += onDuty * (stop - start);
      start = stop;
    }
  }

  private freeServer(pools: Int32Array): number {
    for (let i = 0; i < pools.length; i += 1) {
      const pool = pools[i]!;
      if (this.serverBusy[pool]! < this.serverOnDuty[pool]!) return pool;
    }
    return -1;
  }

  // ——— End of run ———

  private finish(processed: number): void {
    const result = this.result;
    const end = this.now;
    result.events = processed;
    result.endMinute = end;
    // Close the utilisation of everyone still on duty, and the waiting-time areas.
    for (let unit = 0; unit < this.units.count; unit += 1) this.accrueUnit(unit);
    for (let pool = 0; pool < this.scenario.pools.length; pool += 1) this.setServerBusy(pool, 0);
    this.changeCallsWaiting(0);
    this.changeJobsWaiting(0);
    // Measured callers and jobs still waiting: their waits so far count on both sides of Little's law.
    for (let call = 0; call < this.callCapacity; call += 1) {
      if (this.callState[call] === CALL_WAITING && this.isMeasured(this.callArrival[call]!)) result.littlesLaw.calls.waitSum += end - this.callArrival[call]!;
    }
    for (let key = 0; key < this.queueHead.length; key += 1) {
      for (let job = this.queueHead[key]!; job >= 0; job = this.jobNext[job]!) {
        if (this.jobMeasured[job] !== 1) continue;
        if (this.jobAssigned[job] === 0) result.littlesLaw.dispatch.waitSum += end - this.jobQueued[job]!;
      }
    }
    // Measured jobs no unit reached: still queued, or on the way.
    for (let job = 0; job < this.jobCapacity; job += 1) {
      if (this.jobMeasured[job] === 1 && this.jobNeeded[job]! > 0 && Number.isNaN(this.jobArrived[job]!) && this.jobInDispatch(job)) {
        result.unattended[this.jobGrade[job]! * this.areaCount + this.jobArea[job]!]! += 1;
      }
    }
    for (const check of [result.littlesLaw.calls, result.littlesLaw.dispatch]) {
      const larger = Math.max(Math.abs(check.area), Math.abs(check.waitSum));
      check.relativeDifference = larger === 0 ? 0 : Math.abs(check.area - check.waitSum) / larger;
    }
  }

  /** True when a live job is on an attendance route (not at the Resolution Centre desk or queue). */
  private jobInDispatch(job: number): boolean {
    if (this.jobNeeded[job] === -1) return false;
    const kind = this.routeKind[this.jobRoute[job]!]!;
    return kind === DEPLOY || kind === SCHEDULED;
  }

  // ——— Slot tables ———

  private allocateCall(): number {
    if (this.callFreeCount === 0) this.growCalls(this.callCapacity * 2);
    return this.callFree[--this.callFreeCount]!;
  }

  private releaseCall(call: number): void {
    this.callState[call] = 0;
    this.callFree[this.callFreeCount++] = call;
  }

  private growCalls(capacity: number): void {
    const old = this.callCapacity;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(array: T): T => {
      const next = new (array.constructor as new (n: number) => T)(capacity);
      next.set(array.subarray(0, old));
      return next;
    };
    this.callClass = grow(this.callClass);
    this.callArrival = grow(this.callArrival);
    this.callDeadline = grow(this.callDeadline);
    this.callState = grow(this.callState);
    this.callNext = grow(this.callNext);
    this.callPool = grow(this.callPool);
    this.callGraded = grow(this.callGraded);
    this.callFree = grow(this.callFree);
    for (let call = capacity - 1; call >= old; call -= 1) this.callFree[this.callFreeCount++] = call;
    this.callCapacity = capacity;
  }

  private allocateJob(): number {
    if (this.jobFreeCount === 0) this.growJobs(this.jobCapacity * 2);
    return this.jobFree[--this.jobFreeCount]!;
  }

  private releaseJob(job: number): void {
    this.jobMeasured[job] = 0;
    this.jobNeeded[job] = -1;
    this.jobFree[this.jobFreeCount++] = job;
  }

  private growJobs(capacity: number): void {
    const old = this.jobCapacity;
    const grow = <T extends Int32Array | Float64Array | Uint8Array>(array: T): T => {
      const next = new (array.constructor as new (n: number) => T)(capacity);
      next.set(array.subarray(0, old));
      return next;
    };
    this.jobArea = grow(this.jobArea);
    this.jobType = grow(this.jobType);
    this.jobGrade = grow(this.jobGrade);
    this.jobRoute = grow(this.jobRoute);
    this.jobFallback = grow(this.jobFallback);
    this.jobLocation = grow(this.jobLocation);
    this.jobDesk = grow(this.jobDesk);
    this.jobAnswered = grow(this.jobAnswered);
    this.jobGraded = grow(this.jobGraded);
    this.jobDispatched = grow(this.jobDispatched);
    this.jobQueued = grow(this.jobQueued);
    this.jobArrived = grow(this.jobArrived);
    this.jobFactor = grow(this.jobFactor);
    this.jobNeeded = grow(this.jobNeeded);
    this.jobAssigned = grow(this.jobAssigned);
    this.jobActive = grow(this.jobActive);
    this.jobMeasured = grow(this.jobMeasured);
    this.jobNext = grow(this.jobNext);
    this.jobFree = grow(this.jobFree);
    this.jobNeeded.fill(-1, old);
    for (let job = capacity - 1; job >= old; job -= 1) this.jobFree[this.jobFreeCount++] = job;
    this.jobCapacity = capacity;
  }
}
