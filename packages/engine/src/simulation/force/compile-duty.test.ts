import { describe, expect, it } from 'vitest';
import { clockMinutes, planBlocks, shiftBlocks, teamAbstraction } from './compile-duty';
import type { SimulationShiftPattern } from './simulation-model';

const fiveRelief: SimulationShiftPattern = {
  id: 'response-5',
  rotatingTeams: 5,
  shifts: [
    { id: 'early', start: '07:00', durationHours: 10 },
    { id: 'late', start: '14:00', durationHours: 10 },
    { id: 'night', start: '22:00', durationHours: 10 },
  ],
};

describe('shiftBlocks', () => {
  it('rosters headcount ÷ reliefs on every shift, rounding 32 ÷ 5 = 6.4 by error diffusion (two in five shifts get 7)', () => {
    const blocks = shiftBlocks({ pool: 3, pattern: fiveRelief, headcount: 32, abstraction: 0.25, endMinute: 7 * 1440 });
    // Day −1's night shift (22:00–08:00) runs into day 0 and is clipped to start at 0.
    expect(blocks[0]).toEqual({ pool: 3, start: 0, end: -120 + 600, rostered: 6, abstraction: 0.25 });
    const full = blocks.slice(1, 11);
    expect(full.map((block) => block.rostered).reduce((a, b) => a + b, 0)).toBe(64);
    expect(new Set(full.map((block) => block.rostered))).toEqual(new Set([6, 7]));
    expect(blocks.every((block) => block.start < 7 * 1440 && block.end > 0)).toBe(true);
    expect(blocks.filter((block) => block.start === 1440 + 7 * 60)).toHaveLength(1);
  });

  it('works a shift only on its listed days', () => {
    const weekdays: SimulationShiftPattern = { id: 'office', rotatingTeams: 1, shifts: [{ id: 'day', start: '09:00', durationHours: 8, days: ['mon', 'tue', 'wed', 'thu', 'fri'] }] };
    const blocks = shiftBlocks({ pool: 0, pattern: weekdays, headcount: 4, abstraction: 0, endMinute: 14 * 1440 });
    expect(blocks).toHaveLength(10);
    expect(blocks.map((block) => Math.floor(block.start / 1440) % 7)).toEqual([0, 1, 2, 3, 4, 0, 1, 2, 3, 4]);
    expect(blocks.every((block) => block.rostered === 4 && block.end - block.start === 480)).toBe(true);
  });

  it('reads "HH:MM" and rejects anything else, naming the field', () => {
    expect(clockMinutes('22:30')).toBe(1350);
    expect(() => clockMinutes('24:00')).toThrow(/start/);
  });
});

describe('planBlocks (skyline)', () => {
  it('puts exactly the planned number on duty in every hour, in unbroken stretches', () => {
    const week = Array.from({ length: 168 }, (_, hour) => [2, 2, 3, 3, 1, 0, 4][hour % 7]!);
    const blocks = planBlocks({ pool: 1, onDutyByHourOfWeek: week, endMinute: 2 * 7 * 1440 });
    for (let hour = 0; hour < 2 * 168; hour += 1) {
      const onDuty = blocks.filter((block) => block.start <= hour * 60 && block.end > hour * 60).reduce((sum, block) => sum + block.rostered, 0);
      expect(onDuty).toBe(week[hour % 168]);
    }
    expect(blocks.every((block) => block.abstraction === 0 && block.pool === 1)).toBe(true);
  });

  it('rejects anything but 168 whole numbers >= 0, naming the hour', () => {
    expect(() => planBlocks({ pool: 0, onDutyByHourOfWeek: [1, 2], endMinute: 60 })).toThrow(/168/);
    expect(() => planBlocks({ pool: 0, onDutyByHourOfWeek: Array.from({ length: 168 }, (_, h) => (h === 5 ? 1.5 : 1)), endMinute: 60 })).toThrow(/onDutyByHourOfWeek\[5\]/);
  });
});

describe('teamAbstraction', () => {
  it('sums the force causes with the team\'s own values in place of those it names', () => {
    expect(teamAbstraction({ abstractionPercent: { sickness: 5, training: 6 } }, {})).toBeCloseTo(0.11, 12);
    expect(teamAbstraction({ abstractionPercent: { sickness: 5, training: 6 } }, { abstractionPercent: { training: 10, backfill: 8 } })).toBeCloseTo(0.23, 12);
    expect(() => teamAbstraction({ abstractionPercent: { all: 100 } }, {})).toThrow(/abstractionPercent/);
  });
});
