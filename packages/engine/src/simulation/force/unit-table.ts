/**
 * Units (officers, PCSOs…) of every unit pool in flat typed arrays: position, state, current job,
 * and per pool a stack of off-duty slots and a dense list of free units (swap-remove), so finding
 * the nearest free unit scans only the free ones and nothing is allocated while the run goes on.
 * A pool's slots cover the most people it can have on duty at once, counting those finishing a job
 * after their shift: the largest roster of the blocks that start within any 24 hours + the length
 * of a shift.
 */
import type { ForceScenario } from './force-scenario';

/** Unit states. */
export const OFF = 0;
export const FREE = 1;
export const BUSY = 2;

/** The slots of one pool. */
function poolCapacity(scenario: ForceScenario, pool: number): number {
  const blocks = scenario.duty.filter((block) => block.pool === pool);
  let most = 0;
  for (const block of blocks) {
    // People of every block on duty at this block's start, or whose block ended less than a day before it.
    let total = 0;
    for (const other of blocks) if (other.start <= block.start && other.end + 1440 > block.start) total += other.rostered;
    if (total > most) most = total;
  }
  return most;
}

/** Every unit of every unit pool. */
export class UnitTable {
  readonly count: number;
  readonly pool: Int32Array;
  readonly x: Float64Array;
  readonly y: Float64Array;
  readonly state: Uint8Array;
  readonly job: Int32Array;
  readonly offPending: Uint8Array;
  /** When the unit's state last changed (for utilisation). */
  readonly lastChange: Float64Array;
  /** The duty block it is on. */
  readonly block: Int32Array;
  private readonly freePosition: Int32Array;
  /** Per pool: first slot, slot count, off-duty stack size, free list size. */
  readonly poolStart: Int32Array;
  readonly poolSize: Int32Array;
  private readonly offCount: Int32Array;
  readonly freeCount: Int32Array;
  private readonly offStack: Int32Array;
  /** Free units of pool p are freeList[poolStart[p] … poolStart[p] + freeCount[p]). */
  readonly freeList: Int32Array;

  constructor(scenario: ForceScenario) {
    const pools = scenario.pools.length;
    this.poolStart = new Int32Array(pools);
    this.poolSize = new Int32Array(pools);
    let total = 0;
    scenario.pools.forEach((pool, index) => {
      this.poolStart[index] = total;
      const size = pool.kind === 'units' ? poolCapacity(scenario, index) : 0;
      this.poolSize[index] = size;
      total += size;
    });
    this.count = total;
    this.pool = new Int32Array(total);
    this.x = new Float64Array(total);
    this.y = new Float64Array(total);
    this.state = new Uint8Array(total);
    this.job = new Int32Array(total).fill(-1);
    this.offPending = new Uint8Array(total);
    this.lastChange = new Float64Array(total);
    this.block = new Int32Array(total).fill(-1);
    this.freePosition = new Int32Array(total).fill(-1);
    this.offCount = new Int32Array(pools);
    this.freeCount = new Int32Array(pools);
    this.offStack = new Int32Array(total);
    this.freeList = new Int32Array(total);
    for (let p = 0; p < pools; p += 1) {
      const start = this.poolStart[p]!;
      const size = this.poolSize[p]!;
      for (let k = 0; k < size; k += 1) {
        this.pool[start + k] = p;
        // Stack order: slot start + size − 1 is taken first; any order would do.
        this.offStack[start + k] = start + k;
      }
      this.offCount[p] = size;
    }
  }

  /** An off-duty slot of `pool`, or −1 when all are in use. */
  takeOff(pool: number): number {
    const count = this.offCount[pool]!;
    if (count === 0) return -1;
    this.offCount[pool] = count - 1;
    return this.offStack[this.poolStart[pool]! + count - 1]!;
  }

  /** Returns a unit's slot to its pool's off-duty stack. */
  putOff(unit: number): void {
    const pool = this.pool[unit]!;
    const count = this.offCount[pool]!;
    this.offStack[this.poolStart[pool]! + count] = unit;
    this.offCount[pool] = count + 1;
    this.state[unit] = OFF;
    this.block[unit] = -1;
  }

  /** Adds a unit to its pool's free list. */
  addFree(unit: number): void {
    const pool = this.pool[unit]!;
    const count = this.freeCount[pool]!;
    this.freeList[this.poolStart[pool]! + count] = unit;
    this.freePosition[unit] = count;
    this.freeCount[pool] = count + 1;
    this.state[unit] = FREE;
  }

  /** Removes a free unit from its pool's free list (swap with the last). */
  removeFree(unit: number): void {
    const pool = this.pool[unit]!;
    const start = this.poolStart[pool]!;
    const last = this.freeCount[pool]! - 1;
    const position = this.freePosition[unit]!;
    const moved = this.freeList[start + last]!;
    this.freeList[start + position] = moved;
    this.freePosition[moved] = position;
    this.freeCount[pool] = last;
    this.freePosition[unit] = -1;
  }
}
