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
import { sampleAlias } from '../random/alias-table';
import { lognormal } from '../random/distributions';
import type { Xoshiro128 } from '../random/xoshiro128';
import { CallHandling } from './call-handling';
import { ROUTE_KIND_INDEX } from './compiled-force';
import { ARRIVAL, GRADED, HANDLED, KIND_BITS, KIND_MASK, PATIENCE, RC_DONE, ROSTER, UNIT_ARRIVES, UNIT_CLEARS } from './force-events';
import type { ForceScenario } from './force-scenario';
import { RESPONSE_BINS, ROUTE_KINDS, type ForceRunResult } from './force-run-result';
import { BUSY } from './unit-table';

const DEPLOY = ROUTE_KIND_INDEX.get('deploy')!;
const SCHEDULED = ROUTE_KIND_INDEX.get('scheduled-appointment')!;
const RESOLUTION = ROUTE_KIND_INDEX.get('resolution-centre')!;
const UNSERVED = ROUTE_KIND_INDEX.get('unserved')!;

/**
 * A replication in progress. Layers, each a file: CompiledForce (the scenario as arrays) → SlotTables
 * (calls and jobs) → DutyRoster (clock, duty, utilisation) → CallHandling (arrivals, call queues) →
 * ForceSimulation (routing, dispatch, travel, Resolution Centre, the loop). Subclassing keeps every
 * hot-path read a plain field access.
 */
export class ForceSimulation extends CallHandling {
  /** Dispatch FIFOs, one per (route × area, grade rank): head and tail job slots. */
  private readonly queueHead: Int32Array;
  private readonly queueTail: Int32Array;
  private resolutionHead = -1;
  private resolutionTail = -1;
  private jobsWaitingMeasured = 0;
  private jobsWaitingLast = 0;

  constructor(scenario: ForceScenario, random: Xoshiro128, replication: number, seed: number) {
    super(scenario, random, replication, seed);
    this.queueHead = new Int32Array(scenario.routes.length * this.areaCount * this.gradeCount).fill(-1);
    this.queueTail = new Int32Array(scenario.routes.length * this.areaCount * this.gradeCount).fill(-1);
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
        case GRADED:
          this.onGraded(id);
          break;
        default:
          throw new RangeError(`event: unknown kind ${event & KIND_MASK}`);
      }
    }
    this.finish(processed);
    return this.result;
  }

  /** Makes the incident a handled call carried and routes it; it counts when the call came in during the measured days. */
  protected createJob(cls: number, arrival: number, answered: number, graded: number): void {
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
  protected unitFree(unit: number): void {
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

  protected serveResolution(): void {
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
    result.littlesLaw.calls.waitSum += this.waitingCallsAtEnd(end);
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
}
