/**
 * The calls and jobs (incidents being handled) of a replication, one slot each across parallel typed
 * arrays, with free-slot stacks: a slot is reused once its call or job is over, and the arrays
 * double when every slot is in use, so the event loop allocates nothing per call or job.
 */
import { CompiledForce } from './compiled-force';
import type { ForceScenario } from './force-scenario';

/** Slot tables of calls and jobs over the compiled scenario. */
export abstract class SlotTables extends CompiledForce {
  protected callClass = new Int32Array(0);
  protected callArrival = new Float64Array(0);
  /** While waiting: when the caller hangs up (NaN: never); once answered: when answered. */
  protected callDeadline = new Float64Array(0);
  protected callState = new Uint8Array(0);
  protected callNext = new Int32Array(0);
  protected callPool = new Int32Array(0);
  protected callGraded = new Uint8Array(0);
  private callFree = new Int32Array(0);
  private callFreeCount = 0;
  protected callCapacity = 0;

  protected jobArea = new Int32Array(0);
  protected jobType = new Int32Array(0);
  protected jobGrade = new Int32Array(0);
  protected jobRoute = new Int32Array(0);
  protected jobFallback = new Int32Array(0);
  protected jobLocation = new Int32Array(0);
  protected jobDesk = new Int32Array(0);
  protected jobAnswered = new Float64Array(0);
  protected jobGraded = new Float64Array(0);
  protected jobDispatched = new Float64Array(0);
  protected jobQueued = new Float64Array(0);
  protected jobArrived = new Float64Array(0);
  protected jobFactor = new Float64Array(0);
  protected jobNeeded = new Int32Array(0);
  protected jobAssigned = new Int32Array(0);
  protected jobActive = new Int32Array(0);
  protected jobMeasured = new Uint8Array(0);
  protected jobNext = new Int32Array(0);
  /** −1 marks a free job slot. */
  private jobFree = new Int32Array(0);
  private jobFreeCount = 0;
  protected jobCapacity = 0;

  constructor(scenario: ForceScenario) {
    super(scenario);
    this.growCalls(1024);
    this.growJobs(1024);
  }

  protected allocateCall(): number {
    if (this.callFreeCount === 0) this.growCalls(this.callCapacity * 2);
    return this.callFree[--this.callFreeCount]!;
  }

  protected releaseCall(call: number): void {
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

  protected allocateJob(): number {
    if (this.jobFreeCount === 0) this.growJobs(this.jobCapacity * 2);
    return this.jobFree[--this.jobFreeCount]!;
  }

  protected releaseJob(job: number): void {
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
