/**
 * The future-event list: a binary min-heap of (time, event) pairs held in two parallel typed arrays
 * (Williams, "Algorithm 232: Heapsort", CACM 7(6), 1964; the array layout of flatqueue by Agafonkin).
 * An event is a 32-bit integer the simulator encodes (kind and entity), so pushing and popping
 * allocate nothing; the arrays double when full, which amortises to nothing per event.
 * Equal times pop in an order fixed by the sequence of pushes, so a run is deterministic.
 */

/** A min-heap of events keyed by time. */
export class EventQueue {
  private times: Float64Array;
  private events: Int32Array;
  private count = 0;

  /** An empty queue with room for `capacity` events before it first grows. */
  constructor(capacity = 1024) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity: expected a whole number >= 1, got ${capacity}`);
    this.times = new Float64Array(capacity);
    this.events = new Int32Array(capacity);
  }

  /** Events waiting. */
  get size(): number {
    return this.count;
  }

  /** Schedules `event` (a 32-bit integer) at `time`. */
  push(time: number, event: number): void {
    if (this.count === this.times.length) this.grow();
    const times = this.times;
    const events = this.events;
    let position = this.count++;
    // Sift up: move parents down until the new entry's place is found, then write it once.
    while (position > 0) {
      const parent = (position - 1) >> 1;
      const parentTime = times[parent]!;
      if (parentTime <= time) break;
      times[position] = parentTime;
      events[position] = events[parent]!;
      position = parent;
    }
    times[position] = time;
    events[position] = event;
  }

  /** Time of the earliest event (Infinity when empty). */
  peekTime(): number {
    return this.count === 0 ? Infinity : this.times[0]!;
  }

  /** The earliest event's code; read its time with {@link peekTime} first. Undefined behaviour when empty. */
  pop(): number {
    const times = this.times;
    const events = this.events;
    const top = events[0]!;
    const last = --this.count;
    if (last > 0) {
      const time = times[last]!;
      const event = events[last]!;
      const half = last >> 1;
      let position = 0;
      // Sift down the former last entry from the root, moving the smaller child up each step.
      while (position < half) {
        let child = 2 * position + 1;
        let childTime = times[child]!;
        const right = child + 1;
        if (right < last && times[right]! < childTime) {
          child = right;
          childTime = times[right]!;
        }
        if (childTime >= time) break;
        times[position] = childTime;
        events[position] = events[child]!;
        position = child;
      }
      times[position] = time;
      events[position] = event;
    }
    return top;
  }

  /** Removes every event (keeps the storage). */
  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const times = new Float64Array(this.times.length * 2);
    const events = new Int32Array(this.events.length * 2);
    times.set(this.times);
    events.set(this.events);
    this.times = times;
    this.events = events;
  }
}
