/**
 * Calls for a force replication: arrivals (a non-homogeneous Poisson process), call handlers on duty
 * answering the emergency channel first and then the others, FIFO within a channel, callers who hang
 * up after an exponential patience, and the hand-over of each call's incident to dispatch.
 */
import type { Xoshiro128 } from '../random/xoshiro128';
import { ArrivalProcess } from './arrival-process';
import { ARRIVAL, GRADED, HANDLED, KIND_BITS, PATIENCE } from './force-events';
import type { ForceScenario } from './force-scenario';
import { DutyRoster } from './duty-roster';

/** Call states. */
const CALL_WAITING = 1;
const CALL_IN_SERVICE = 2;
const CALL_GONE = 3;

/** Arrivals and call handling. */
export abstract class CallHandling extends DutyRoster {
  protected readonly arrivals: ArrivalProcess;
  /** Call queues, one FIFO per channel. */
  private readonly callHead: Int32Array;
  private readonly callTail: Int32Array;
  private callsWaitingMeasured = 0;
  private callsWaitingLast = 0;

  constructor(scenario: ForceScenario, random: Xoshiro128, replication: number, seed: number) {
    super(scenario, random, replication, seed);
    this.arrivals = new ArrivalProcess(scenario.arrivals, random);
    this.callHead = new Int32Array(scenario.channels.length).fill(-1);
    this.callTail = new Int32Array(scenario.channels.length).fill(-1);
  }

  /** Makes the incident a call carried and routes it. */
  protected abstract createJob(cls: number, arrival: number, answered: number, graded: number): void;

  protected onArrival(cls: number): void {
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
  protected freeHandlerPool(): number {
    const pools = this.handlerPools;
    for (let i = 0; i < pools.length; i += 1) {
      const pool = pools[i]!;
      if (this.serverBusy[pool]! < this.serverOnDuty[pool]!) return pool;
    }
    return -1;
  }

  protected startCall(call: number, pool: number): void {
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

  protected onGraded(call: number): void {
    this.callGraded[call] = 1;
    this.createJob(this.callClass[call]!, this.callArrival[call]!, this.callDeadline[call]!, this.now);
  }

  protected onPatience(call: number, time: number): void {
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

  protected onHandled(call: number): void {
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
  protected serveWaitingCalls(): void {
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
  protected nextWaitingCall(): number {
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

  protected changeCallsWaiting(delta: number): void {
    this.result.littlesLaw.calls.area += this.callsWaitingMeasured * (this.now - this.callsWaitingLast);
    this.callsWaitingLast = this.now;
    this.callsWaitingMeasured += delta;
  }

  /** Measured callers still waiting at the end: their waits so far (for Little's law). */
  protected waitingCallsAtEnd(end: number): number {
    let total = 0;
    for (let call = 0; call < this.callCapacity; call += 1) {
      if (this.callState[call] === CALL_WAITING && this.isMeasured(this.callArrival[call]!)) total += end - this.callArrival[call]!;
    }
    return total;
  }
}
