/**
 * `peel rota cover` and `peel rota solve` run as a user runs them (the real binary, HiGHS in its
 * worker thread), on published examples; the input checks are tested without spawning.
 */
import { describe, expect, it } from 'vitest';
import { runPeel, tempFileWriter } from '../run-peel';
import { readRotaSolveInput } from './rota-solve-input';

const write = tempFileWriter('peel-rota-');

/** Hillier & Lieberman, Introduction to Operations Research (7th ed.), §3.4, Union Airways: optimum (48, 31, 39, 43, 15), $30,610. */
const unionAirways = {
  periods: [48, 79, 65, 87, 64, 73, 82, 43, 52, 15].map((required) => ({ required })),
  shifts: [
    { cost: 170, covers: [0, 1, 2, 3], label: '06:00-14:00' },
    { cost: 160, covers: [1, 2, 3, 4], label: '08:00-16:00' },
    { cost: 175, covers: [3, 4, 5, 6], label: '12:00-20:00' },
    { cost: 180, covers: [5, 6, 7, 8], label: '16:00-24:00' },
    { cost: 195, covers: [8, 9], label: '22:00-06:00' },
  ],
};

describe('peel rota cover', () => {
  it('--json: Winston\'s post office (5 consecutive days of 7, cyclic) needs 23 employees', () => {
    const result = runPeel(['rota', 'cover', '--demand', '17,13,15,19,14,16,11', '--shift-periods', '5', '--cyclic', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json)).toEqual(['status', 'officers', 'starts']);
    expect(json.status).toBe('optimal');
    expect(json.officers).toBe(23);
    expect(json.starts).toHaveLength(7);
    expect(json.starts.reduce((a: number, b: number) => a + b, 0)).toBe(23);
    // Each day is covered by the employees who started on it or the four days before.
    [17, 13, 15, 19, 14, 16, 11].forEach((need, day) => {
      const onDuty = [0, 1, 2, 3, 4].reduce((sum, back) => sum + json.starts[(day - back + 7) % 7], 0);
      expect(onDuty).toBeGreaterThanOrEqual(need);
    });
  });
});

describe('peel rota solve', () => {
  it('--json: Union Airways at the published $30,610', () => {
    const result = runPeel(['rota', 'solve', '--input', write('union.json', JSON.stringify(unionAirways)), '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ status: 'optimal', cost: 30_610, counts: [48, 31, 39, 43, 15] });
  });

  it('prints a readable table without --json', () => {
    const text = runPeel(['rota', 'solve', '--input', write('union-text.json', JSON.stringify(unionAirways))]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^rota solve: 10 periods, 5 shifts: optimal, cost 30610, 176 officers/);
    expect(text.stdout).toMatch(/06:00-14:00 +170 +48 +0 1 2 3/);
  });

  it('exits 1 naming the field of bad input', () => {
    const bad = runPeel(['rota', 'solve', '--input', write('bad.json', JSON.stringify({ periods: new Array(24).fill({ required: 1 }), shifts: [{ cost: 1, covers: [0, 1] }, { cost: 1, covers: [2] }, { cost: 1, covers: [2] }, { cost: 2, covers: [5, 40] }] }))]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('shifts[3].covers[1]: period 40 is out of range 0..23');
  });
});

describe('rota solve input file', () => {
  const read = (json: unknown) => readRotaSolveInput(write(`input-${Math.random().toString(36).slice(2)}.json`, typeof json === 'string' ? json : JSON.stringify(json)));

  it('reads periods, shifts, labels and a default cost of 1', async () => {
    const input = await read({ periods: [{ required: 2, label: 'night' }, { required: 0 }], shifts: [{ covers: [0, 1] }], timeLimitSeconds: 5 });
    expect(input).toEqual({ ok: true, problem: { required: [2, 0], shifts: [{ cost: 1, covers: [0, 1] }], timeLimitSeconds: 5 }, periodLabels: ['night', undefined] });
  });

  it('names every bad field in the file\'s own terms', async () => {
    const structure = await read({ periods: [{ required: 1 }, { required: '2', extra: true }], shifts: [{ cost: 1, covers: 'all' }, 7] });
    expect(structure.ok).toBe(false);
    if (structure.ok) return;
    expect(structure.problems.map((problem) => problem.replace(/^[^:]+: /, ''))).toEqual([
      'periods[1]: unknown field "extra" (expected "required", "label")',
      'periods[1].required: expected a number, got "2"',
      'shifts[0].covers: expected an array, got "all"',
      'shifts[1]: expected an object { "cost": c, "covers": [...] }, got 7',
    ]);
    const ranges = await read({ periods: [{ required: 1.5 }, { required: 1 }], shifts: [{ cost: -1, covers: [1, 1] }] });
    expect(ranges.ok ? [] : ranges.problems.map((problem) => problem.replace(/^[^:]+: /, ''))).toEqual([
      'periods[0].required: must be a whole number of officers >= 0, got 1.5',
      'shifts[0].cost: must be a finite number >= 0, got -1',
      'shifts[0].covers[1]: period 1 is listed twice (also at covers[0])',
    ]);
  });

  it('says when the file is missing or not JSON', async () => {
    expect(await readRotaSolveInput('/nonexistent/rota.json')).toEqual({ ok: false, problems: ['--input /nonexistent/rota.json: file not found'] });
    const notJson = await read('{ "periods": [');
    expect(notJson.ok ? '' : notJson.problems[0]).toMatch(/not valid JSON/);
  });
});

describe('peel rota pattern', () => {
  it("--json: Wiltshire's CPT five-relief pattern (models/wiltshire.yaml) with 6 PCs on duty at all times needs 12 a relief, 60 PCs; the team's 66 cover it", () => {
    const result = runPeel(['rota', 'pattern', '--model', 'models/wiltshire.yaml', '--team', 'cpt-swindon-north', '--role', 'PC', '--required', '6', '--optimal', '--json']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const json = JSON.parse(result.stdout);
    expect(json).toMatchObject({ pattern: 'cpt-5', abstraction: 0.5, status: 'feasible', rotatingTeams: 5, onDutyPerShiftTeam: 6, officersPerShiftTeam: 12, posts: 60 });
    expect(json.current).toMatchObject({ headcount: 66, hoursShort: 0 });
    // Overlaps of the 07:00, 15:00 and 22:00 ten-hour shifts: six hours a day at 12 on duty.
    expect(json.overCoverOfficerHours).toBe(7 * 6 * 6);
    // Free start times: ⌈6 × 168 / 10⌉ = 101 ten-hour shifts, 1,010 officer-hours; a relief member works 42 h a week (21 shifts × 10 h / 5).
    expect(json.optimal).toMatchObject({ status: 'optimal', officerHours: 1010, hoursPerOfficer: 42, posts: Math.ceil(1010 / 42 / 0.5) });
  }, 60_000); // the model file is checked against the boundary files when the shared data is present
});
