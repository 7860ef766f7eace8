/**
 * M/M/N and M/M/N+M by discrete-event simulation: Poisson arrivals, N servers with exponential
 * service, one FCFS queue and, with `meanPatience`, callers who hang up after an exponential
 * patience (Palm's model, the one Erlang A solves). It is the smallest complete use of the engine —
 * event heap, seeded stream, allocation-free loop — and so both the validation of the engine
 * against queueing theory (Erlang C, Erlang A) and the model the benchmark runs against SimPy.
 *
 * Statistics are over the `calls` arrivals after `warmUpCalls` (the run starts empty); the run goes
 * on until each of them has been answered or has hung up, so every measured wait is complete.
 * Little's law L_q = λ·W_q is checked on every run: the time-average number waiting over the
 * measured arrivals' window against their arrival rate × mean wait (they differ only by what is
 * waiting at the window's two ends, O(1/calls)).
 */
import type { Minutes, PerHour } from '../../units';
import { EventQueue } from '../event-queue';
import { Xoshiro128 } from '../random/xoshiro128';

/** Inputs of {@link simulateMmn}. */
export interface MmnInput {
  arrivalRate: PerHour;
  meanServiceTime: Minutes;
  servers: number;
  /** Mean patience of a waiting caller (exponential); none: callers wait for ever (M/M/N). */
  meanPatience?: Minutes;
  /** Arrivals measured. */
  calls: number;
  /** Arrivals simulated and discarded first; default 1 % of `calls` (at least 1,000). */
  warmUpCalls?: number;
  seed: number;
}

/** Little's law on one run: the two sides and their relative difference. */
export interface LittlesLawCheck {
  /** Time-average number waiting over the measured window. */
  timeAverageWaiting: number;
  /** Arrival rate (per minute) × mean wait (minutes) of the measured arrivals. */
  arrivalRateTimesMeanWait: number;
  /** |L − λW| / max(L, λW); 0 when both are 0. */
  relativeDifference: number;
}

/** What one run measured. */
export interface MmnResult {
  calls: number;
  answered: number;
  abandoned: number;
  /** Mean time waiting (until answered, or until hanging up), minutes, over every measured arrival. */
  meanWaitMin: number;
  /** Share of arrivals that found every server busy. */
  probWait: number;
  /** Share of arrivals that hung up before being answered. */
  probAbandon: number;
  /** Busy server time / (servers × the measured window). */
  utilisation: number;
  littlesLaw: LittlesLawCheck;
  /** Events processed (arrivals, service completions, patience expiries). */
  events: number;
}

const ARRIVAL = 0;
const DEPARTURE = 1;
const ABANDON = 2;
const KIND_BITS = 2;
const KIND_MASK = 3;

/** Runs M/M/N (or M/M/N+M with `meanPatience`) and measures waits, abandonment and utilisation. */
export function simulateMmn(input: MmnInput): MmnResult {
  const { arrivalRate, meanServiceTime, servers, meanPatience, calls, seed } = input;
  if (!Number.isFinite(arrivalRate) || arrivalRate <= 0) throw new RangeError(`arrivalRate: expected a rate > 0 per hour, got ${arrivalRate}`);
  if (!Number.isFinite(meanServiceTime) || meanServiceTime <= 0) throw new RangeError(`meanServiceTime: expected minutes > 0, got ${meanServiceTime}`);
  if (!Number.isInteger(servers) || servers < 1) throw new RangeError(`servers: expected a whole number >= 1, got ${servers}`);
  if (meanPatience !== undefined && (!Number.isFinite(meanPatience) || meanPatience <= 0)) throw new RangeError(`meanPatience: expected minutes > 0, got ${meanPatience}`);
  if (!Number.isInteger(calls) || calls < 1 || calls > 100_000_000) throw new RangeError(`calls: expected a whole number 1 … 100,000,000, got ${calls}`);
  const warmUp = input.warmUpCalls ?? Math.max(1000, Math.round(calls / 100));
  if (!Number.isInteger(warmUp) || warmUp < 0) throw new RangeError(`warmUpCalls: expected a whole number >= 0, got ${warmUp}`);
  const total = warmUp + calls;

  const random = Xoshiro128.fromSeed(seed);
  const events = new EventQueue(Math.max(64, servers * 2));
  const meanInterarrival = 60 / arrivalRate;
  const hasPatience = meanPatience !== undefined;
  const patience = meanPatience ?? 0;

  // The FCFS queue as a ring of positions [head, tail): per slot the caller's arrival time, its
  // arrival sequence number, and the position it holds (−1 once answered or gone), which tells a
  // stale patience event (caller answered, slot since reused) from a live one.
  let capacity = 1024;
  let mask = capacity - 1;
  let arrivalTime = new Float64Array(capacity);
  let slotSequence = new Int32Array(capacity);
  let slotPosition = new Int32Array(capacity).fill(-1);
  let head = 0;
  let tail = 0;
  let waiting = 0;

  let busy = 0;
  let arrivals = 0;
  let processed = 0;
  // Measured window: from the first measured arrival to the last.
  let windowStart = NaN;
  let windowEnd = Infinity;
  let lastChange = 0;
  let waitingArea = 0; // ∫ waiting dt over the window
  let busyArea = 0; // ∫ busy dt over the window
  let measuredWaited = 0;
  let measuredAbandoned = 0;
  let measuredAnswered = 0;
  let waitSum = 0;
  let pending = calls; // measured callers not yet answered or gone

  // One loop with no closures: every variable stays a register-allocated local (a closure over a
  // mutated `let` would move it to a heap context and slow every access).
  events.push(-meanInterarrival * Math.log(random.nextFloat()), ARRIVAL);
  while (events.size > 0 && (arrivals < total || pending > 0)) {
    const time = events.peekTime();
    const event = events.pop();
    processed += 1;
    // Areas since the last change, clipped to the measured window.
    if (arrivals > warmUp) {
      const end = time < windowEnd ? time : windowEnd;
      if (end > lastChange) {
        waitingArea += waiting * (end - lastChange);
        busyArea += busy * (end - lastChange);
      }
    }
    lastChange = time;
    const now = time;
    const kind = event & KIND_MASK;
    if (kind === ARRIVAL) {
      const sequence = arrivals++;
      const measured = sequence >= warmUp;
      if (sequence === warmUp) windowStart = now;
      if (arrivals === total) windowEnd = now;
      if (arrivals < total) events.push(now - meanInterarrival * Math.log(random.nextFloat()), ARRIVAL);
      if (busy < servers) {
        busy += 1;
        if (measured) {
          measuredAnswered += 1;
          pending -= 1;
        }
        events.push(now - meanServiceTime * Math.log(random.nextFloat()), DEPARTURE);
      } else {
        if (measured) measuredWaited += 1;
        if (tail - head === capacity) {
          // Double the ring, re-placing the waiting positions (allocation only when it grows).
          const next = capacity * 2;
          const times = new Float64Array(next);
          const sequences = new Int32Array(next);
          const positions = new Int32Array(next).fill(-1);
          for (let p = head; p < tail; p += 1) {
            times[p & (next - 1)] = arrivalTime[p & mask]!;
            sequences[p & (next - 1)] = slotSequence[p & mask]!;
            positions[p & (next - 1)] = slotPosition[p & mask]!;
          }
          capacity = next;
          mask = next - 1;
          arrivalTime = times;
          slotSequence = sequences;
          slotPosition = positions;
        }
        const position = tail++;
        arrivalTime[position & mask] = now;
        slotSequence[position & mask] = sequence;
        slotPosition[position & mask] = position;
        waiting += 1;
        if (hasPatience) events.push(now - patience * Math.log(random.nextFloat()), (position << KIND_BITS) | ABANDON);
      }
    } else if (kind === DEPARTURE) {
      // Skip callers who hung up; the next one still waiting takes the server.
      while (head < tail && slotPosition[head & mask] === -1) head += 1;
      if (head < tail) {
        const slot = head & mask;
        const sequence = slotSequence[slot]!;
        if (sequence >= warmUp) {
          waitSum += now - arrivalTime[slot]!;
          measuredAnswered += 1;
          pending -= 1;
        }
        slotPosition[slot] = -1;
        head += 1;
        waiting -= 1;
        events.push(now - meanServiceTime * Math.log(random.nextFloat()), DEPARTURE);
      } else {
        busy -= 1;
      }
    } else {
      const position = event >>> KIND_BITS;
      const slot = position & mask;
      // Stale when the caller was answered already (slot cleared, or reused by a later caller).
      if (slotPosition[slot] === position) {
        const sequence = slotSequence[slot]!;
        slotPosition[slot] = -1;
        waiting -= 1;
        if (sequence >= warmUp) {
          waitSum += now - arrivalTime[slot]!;
          measuredAbandoned += 1;
          pending -= 1;
        }
      }
    }
  }

  const window = windowEnd - windowStart;
  const meanWait = waitSum / calls;
  const timeAverageWaiting = window > 0 ? waitingArea / window : 0;
  const arrivalRateTimesMeanWait = window > 0 ? ((calls - 1) / window) * meanWait : 0;
  const larger = Math.max(timeAverageWaiting, arrivalRateTimesMeanWait);
  return {
    calls,
    answered: measuredAnswered,
    abandoned: measuredAbandoned,
    meanWaitMin: meanWait,
    probWait: measuredWaited / calls,
    probAbandon: measuredAbandoned / calls,
    utilisation: window > 0 ? busyArea / (servers * window) : 0,
    littlesLaw: { timeAverageWaiting, arrivalRateTimesMeanWait, relativeDifference: larger === 0 ? 0 : Math.abs(timeAverageWaiting - arrivalRateTimesMeanWait) / larger },
    events: processed,
  };
}
