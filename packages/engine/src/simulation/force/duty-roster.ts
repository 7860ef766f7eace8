/**
 * Duty and utilisation for a force replication: duty blocks bring people on and off duty (each
 * rostered person abstracted at random for the whole shift; a unit whose shift ends mid-job goes off
 * when it clears), and every change of a unit's or a desk pool's state adds the time since the last
 * change to the pool's busy and on-duty minutes, split by hour of the week and clipped to the
 * measured days.
 */
import { HOURS_PER_WEEK } from '../../demand/hour-of-week';
import { EventQueue } from '../event-queue';
import { sampleAlias } from '../random/alias-table';
import { binomial } from '../random/distributions';
import type { Xoshiro128 } from '../random/xoshiro128';
import { ROSTER } from './force-events';
import type { ForceScenario } from './force-scenario';
import { createRunResult, type ForceRunResult } from './force-run-result';
import { SlotTables } from './slot-tables';
import { BUSY, FREE, OFF, UnitTable } from './unit-table';

/** The run's clock, measured window, duty and utilisation. */
export abstract class DutyRoster extends SlotTables {
  readonly result: ForceRunResult;
  protected readonly events = new EventQueue(4096);
  protected readonly units: UnitTable;
  protected now = 0;
  protected readonly measureStart: number;
  protected readonly measureEnd: number;
  protected readonly hardEnd: number;
  /** Measured calls and jobs not yet finished with (the run drains until none are left). */
  protected outstanding = 0;
  protected rosterNext = 0;
  /** People each duty block put on duty, and which units. */
  private readonly blockDrawn: Int32Array;
  private readonly blockUnits: Int32Array;
  /** Desk pools (call handlers, Resolution Centre): on duty, busy, time of the last change. */
  protected readonly serverOnDuty: Int32Array;
  protected readonly serverBusy: Int32Array;
  private readonly serverLast: Float64Array;

  constructor(
    scenario: ForceScenario,
    protected readonly random: Xoshiro128,
    replication: number,
    seed: number,
  ) {
    super(scenario);
    const s = scenario;
    this.result = createRunResult(s, replication, seed);
    this.measureStart = s.warmUpDays * 1440;
    this.measureEnd = this.measureStart + s.days * 1440;
    this.hardEnd = this.measureEnd + s.drainDays * 1440;
    this.units = new UnitTable(s);
    this.blockDrawn = new Int32Array(s.duty.length);
    this.blockUnits = new Int32Array(this.blockUnitStart[s.duty.length]!);
    this.serverOnDuty = new Int32Array(s.pools.length);
    this.serverBusy = new Int32Array(s.pools.length);
    this.serverLast = new Float64Array(s.pools.length);
  }

  /** A freed (or newly on-duty) unit: off duty, the best waiting job, or the free list. */
  protected abstract unitFree(unit: number): void;
  /** Gives free call handlers to waiting callers. */
  protected abstract serveWaitingCalls(): void;
  /** Gives free Resolution Centre desks to waiting jobs. */
  protected abstract serveResolution(): void;

  protected isMeasured(time: number): boolean {
    return time >= this.measureStart && time < this.measureEnd;
  }

  protected onRoster(): void {
    const index = this.rosterNext++;
    if (this.rosterNext < this.rosterTime.length) this.events.push(this.rosterTime[this.rosterNext]!, ROSTER);
    const code = this.rosterBlock[index]!;
    if (code >= 0) this.startBlock(code);
    else this.endBlock(-1 - code);
  }

  protected startBlock(block: number): void {
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

  protected endBlock(block: number): void {
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

  /** Adds a unit's time since its last change (busy or free, on duty either way) to its pool's hours. */
  protected accrueUnit(unit: number): void {
    const units = this.units;
    const state = units.state[unit]!;
    if (state !== OFF) this.accrue(units.pool[unit]!, units.lastChange[unit]!, this.now, state === BUSY ? 1 : 0, 1);
    units.lastChange[unit] = this.now;
  }

  protected setServerBusy(pool: number, delta: number): void {
    this.accrue(pool, this.serverLast[pool]!, this.now, this.serverBusy[pool]!, Math.max(this.serverOnDuty[pool]!, this.serverBusy[pool]!));
    this.serverLast[pool] = this.now;
    this.serverBusy[pool]! += delta;
  }

  protected setServerOnDuty(pool: number, delta: number): void {
    this.accrue(pool, this.serverLast[pool]!, this.now, this.serverBusy[pool]!, Math.max(this.serverOnDuty[pool]!, this.serverBusy[pool]!));
    this.serverLast[pool] = this.now;
    this.serverOnDuty[pool]! += delta;
  }

  /** Adds `busy` and `onDuty` people × minutes over [from, to] ∩ the measured days to the pool's hour-of-week cells. */
  protected accrue(pool: number, from: number, to: number, busy: number, onDuty: number): void {
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

  protected freeServer(pools: Int32Array): number {
    for (let i = 0; i < pools.length; i += 1) {
      const pool = pools[i]!;
      if (this.serverBusy[pool]! < this.serverOnDuty[pool]!) return pool;
    }
    return -1;
  }
}
