/**
 * Duty blocks: who is rostered on duty when. From a shift pattern, every shift of every day is one
 * block per (team, role) with headcount ÷ rotating teams rostered (one relief works each shift; a
 * fractional share is rounded by error diffusion from shift to shift, so the long-run mean is kept
 * exactly and the result does not depend on a seed) and the team's abstraction applied to
 * each rostered person at the start of the shift. From a plan, the hour-by-hour counts of units on
 * duty (already net of abstraction) are cut into blocks by the skyline rule: the k-th unit is on
 * duty in every hour whose count is at least k, so each unit works unbroken stretches.
 */
import type { DutyBlock } from './force-scenario';
import type { SimulationModel, SimulationShiftPattern, SimulationTeam } from './simulation-model';

const DAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const MINUTES_PER_DAY = 1440;

/** Minutes after midnight of "HH:MM". */
export function clockMinutes(value: string): number {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value);
  if (!match) throw new RangeError(`start: expected a time "HH:MM", got "${value}"`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * A team's abstraction as a probability: the force's causes with the team's own values replacing
 * those it names (the model's rule), summed, over 100.
 */
export function teamAbstraction(model: Pick<SimulationModel, 'abstractionPercent'>, team: Pick<SimulationTeam, 'abstractionPercent'>): number {
  const causes = { ...model.abstractionPercent, ...team.abstractionPercent };
  const total = Object.values(causes).reduce((sum, value) => sum + value, 0);
  if (!(total >= 0 && total < 100)) throw new RangeError(`abstractionPercent: causes sum to ${total} %, expected 0 … < 100`);
  return total / 100;
}

/** Input of {@link shiftBlocks}. */
export interface ShiftBlocksInput {
  pool: number;
  pattern: SimulationShiftPattern;
  headcount: number;
  abstraction: number;
  /** Blocks are made for shifts overlapping [0, endMinute); shifts begun the day before start at 0. */
  endMinute: number;
}

/** Blocks of one team role on a shift pattern. */
export function shiftBlocks(input: ShiftBlocksInput): DutyBlock[] {
  const { pool, pattern, headcount, abstraction, endMinute } = input;
  if (!Number.isInteger(pattern.rotatingTeams) || pattern.rotatingTeams < 1) throw new RangeError(`rotatingTeams: expected a whole number >= 1, got ${pattern.rotatingTeams}`);
  const share = headcount / pattern.rotatingTeams;
  const whole = Math.floor(share);
  let carry = 0;
  const blocks: DutyBlock[] = [];
  const lastDay = Math.ceil(endMinute / MINUTES_PER_DAY);
  for (let day = -1; day <= lastDay; day += 1) {
    const weekday = DAY_NAMES[((day % 7) + 7) % 7]!;
    for (const shift of pattern.shifts) {
      if (shift.days && !shift.days.includes(weekday)) continue;
      const start = day * MINUTES_PER_DAY + clockMinutes(shift.start);
      const end = start + shift.durationHours * 60;
      if (end <= 0 || start >= endMinute) continue;
      carry += share - whole;
      const extra = carry >= 1 - 1e-9 ? 1 : 0;
      carry -= extra;
      const rostered = whole + extra;
      if (rostered > 0) blocks.push({ pool, start: Math.max(0, start), end, rostered, abstraction });
    }
  }
  return blocks;
}

/**
 * Office hours (Monday–Friday 09:00–17:00, everyone) for a team with no shift pattern — an
 * assumption, stated in the notes.
 */
export const OFFICE_HOURS: SimulationShiftPattern = {
  id: 'office-hours (assumed)',
  rotatingTeams: 1,
  shifts: [{ id: 'day', start: '09:00', durationHours: 8, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }],
};

/** Blocks from 168 hourly counts of units on duty, repeated every week up to `endMinute` (skyline rule). */
export function planBlocks(input: { pool: number; onDutyByHourOfWeek: readonly number[]; endMinute: number }): DutyBlock[] {
  const { pool, onDutyByHourOfWeek, endMinute } = input;
  if (onDutyByHourOfWeek.length !== 168) throw new RangeError(`onDutyByHourOfWeek: expected 168 values, got ${onDutyByHourOfWeek.length}`);
  onDutyByHourOfWeek.forEach((value, hour) => {
    if (!Number.isInteger(value) || value < 0) throw new RangeError(`onDutyByHourOfWeek[${hour}]: expected a whole number >= 0, got ${value}`);
  });
  const hours = Math.ceil(endMinute / 60);
  const count = (hour: number) => onDutyByHourOfWeek[hour % 168]!;
  const most = Math.max(...onDutyByHourOfWeek);
  const blocks: DutyBlock[] = [];
  for (let level = 1; level <= most; level += 1) {
    let runStart = -1;
    for (let hour = 0; hour <= hours; hour += 1) {
      const on = hour < hours && count(hour) >= level;
      if (on && runStart < 0) runStart = hour;
      if (!on && runStart >= 0) {
        blocks.push({ pool, start: runStart * 60, end: hour * 60, rostered: 1, abstraction: 0 });
        runStart = -1;
      }
    }
  }
  return mergeBlocks(blocks);
}

/** Blocks with the same pool, start and end merged into one with the summed roster. */
function mergeBlocks(blocks: DutyBlock[]): DutyBlock[] {
  const merged = new Map<string, DutyBlock>();
  for (const block of blocks) {
    const key = `${block.pool}:${block.start}:${block.end}:${block.abstraction}`;
    const seen = merged.get(key);
    if (seen) seen.rostered += block.rostered;
    else merged.set(key, { ...block });
  }
  return [...merged.values()];
}
