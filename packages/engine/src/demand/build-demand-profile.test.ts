import { describe, expect, it } from 'vitest';
import { buildDemandProfile, type DemandProfileInput, type MonthlyCategoryCount } from './build-demand-profile';
import { mapCategoriesToDemandTypes } from './demand-types';
import { gradeMixFromCounts, UNGRADED_MIX } from './grade-mix';
import { resolveHarmWeights } from './harm-weights';
import { uniformIntensity } from './hour-of-week';
import { monthlySeasonality } from './seasonality';

const types = mapCategoriesToDemandTypes([
  { id: 'violence', name: 'Violence', policeUkCategories: ['violent-crime'], timeTakenMinutes: { PC: 240 } },
  { id: 'asb', name: 'ASB', policeUkCategories: ['anti-social-behaviour'], timeTakenMinutes: { PC: 60, PCSO: 90 } },
]);
const harm = resolveHarmWeights({ name: 't', unit: 'days of imprisonment', source: 'test', weights: { 'violent-crime': 120, 'anti-social-behaviour': 0 } });

const counts: MonthlyCategoryCount[] = [
  { month: '2024-01', category: 'violent-crime', areaId: 'north', count: 31 },
  { month: '2024-01', category: 'anti-social-behaviour', areaId: 'north', count: 62 },
  { month: '2024-02', category: 'violent-crime', areaId: 'south', count: 29 },
  { month: '2024-02', category: 'anti-social-behaviour', areaId: null, count: 58 },
];

const base: DemandProfileInput = { counts, intensity: uniformIntensity(), demandTypes: types, harm, gradeMix: UNGRADED_MIX, by: [] };

describe('demand profile', () => {
  it('hand-computed totals: time = count × minutes / 60, harm = count × weight, workload = time × weight', () => {
    const profile = buildDemandProfile({ ...base, by: ['type'] });
    const violence = profile.rows.find((row) => row.demandType === 'violence')!;
    // 60 violent crimes × 240 min = 240 h; × 120 days = 7,200 days harm; 240 h × 120 = 28,800.
    expect(violence).toMatchObject({ count: 60, timeHours: 240, harm: 7200, workload: 28800 });
    const asb = profile.rows.find((row) => row.demandType === 'asb')!;
    // 120 ASB × (60 + 90) staff-minutes = 300 h; ASB weighs 0.
    expect(asb).toMatchObject({ count: 120, timeHours: 300, harm: 0, workload: 0 });
    expect(profile.totals).toMatchObject({ count: 180, timeHours: 540, harm: 7200, workload: 28800 });
    // 31 + 29 days = 60 days = 60/7 weeks.
    expect(profile.weeks).toBeCloseTo(60 / 7, 12);
    expect(profile.totals.perWeek).toBeCloseTo(180 / (60 / 7), 12);
    expect(profile.months).toEqual(['2024-01', '2024-02']);
  });

  it('counts time for one role only when asked', () => {
    const profile = buildDemandProfile({ ...base, by: ['type'], role: 'PCSO' });
    expect(profile.rows.find((row) => row.demandType === 'asb')!.timeHours).toBe(180);
    expect(profile.rows.find((row) => row.demandType === 'violence')!.timeHours).toBe(0);
  });

  it('by area × hour of week: sums back to each area’s monthly totals, and perHour is the hourly arrival rate', () => {
    const profile = buildDemandProfile({ ...base, by: ['area', 'hour-of-week'] });
    expect(profile.rows).toHaveLength(3 * 168);
    const sum = (area: string | null) => profile.rows.filter((row) => row.area === area).reduce((total, row) => total + row.count, 0);
    expect(sum('north')).toBeCloseTo(93, 9);
    expect(sum('south')).toBeCloseTo(29, 9);
    expect(sum(null)).toBeCloseTo(58, 9);
    // North: 93 crimes in January (744 h), uniform: 1/8 an hour while the slot lasts, over 5 Mondays + 4 in February = 9 occurrences.
    const northMonday = profile.rows.find((row) => row.area === 'north' && row.hourOfWeek === 0)!;
    expect(northMonday.count).toBeCloseTo((93 * 5) / 744, 12);
    expect(northMonday.perHour).toBeCloseTo((93 * 5) / 744 / 9, 12);
    // Areas sort by id, records without an area last.
    expect(profile.rows[0]!.area).toBe('north');
    expect(profile.rows[profile.rows.length - 1]!.area).toBeNull();
  });

  it('by grade: splits every type by the calls’ grade mix (1: 10 %, 2: 30 %, 3: 60 %; ungraded calls left out)', () => {
    const gradeMix = gradeMixFromCounts([
      { grade: 1, count: 10 },
      { grade: 3, count: 60 },
      { grade: 2, count: 30 },
      { grade: null, count: 500 },
    ])!;
    expect(gradeMix).toEqual([
      { grade: 1, share: 0.1 },
      { grade: 2, share: 0.3 },
      { grade: 3, share: 0.6 },
    ]);
    const profile = buildDemandProfile({ ...base, gradeMix, by: ['grade'] });
    expect(profile.rows.map((row) => [row.grade, row.count])).toEqual([
      [1, expect.closeTo(18, 9)],
      [2, expect.closeTo(54, 9)],
      [3, expect.closeTo(108, 9)],
    ]);
    expect(gradeMixFromCounts([{ grade: null, count: 3 }])).toBeUndefined();
  });

  it('a type with its own grade mix uses it', () => {
    const profile = buildDemandProfile({ ...base, gradeMix: [{ grade: 3, share: 1 }], gradeMixByType: { violence: [{ grade: 1, share: 1 }] }, by: ['type', 'grade'] });
    expect(profile.rows.map((row) => [row.demandType, row.grade, row.count])).toEqual([
      ['asb', 3, 120],
      ['violence', 1, 60],
    ]);
  });

  it('the full cube area × hour × type × grade sums to the grand total', () => {
    const gradeMix = [
      { grade: 1, share: 0.25 },
      { grade: 2, share: 0.75 },
    ];
    const cube = buildDemandProfile({ ...base, gradeMix, by: ['area', 'hour-of-week', 'type', 'grade'] });
    expect(cube.rows).toHaveLength(4 * 168 * 2);
    expect(cube.rows.reduce((total, row) => total + row.count, 0)).toBeCloseTo(180, 9);
    expect(cube.totals.harm).toBeCloseTo(7200, 9);
  });

  it('rejects an unknown dimension, category or grade mix, naming the argument', () => {
    expect(() => buildDemandProfile({ ...base, by: ['month' as never] })).toThrow("by: unknown dimension 'month'");
    expect(() => buildDemandProfile({ ...base, counts: [{ month: '2024-01', category: 'jaywalking', areaId: null, count: 1 }] })).toThrow("counts[0].category: expected a data.police.uk category slug, got 'jaywalking'");
    expect(() => buildDemandProfile({ ...base, gradeMix: [{ grade: 1, share: 0.5 }] })).toThrow('gradeMix: expected shares summing to 1, got 0.5');
  });
});

describe('monthly seasonality', () => {
  it('compares crimes per day: 31 in January (1/day) and 58 in February 2024 (2/day) give indices 2/3 and 4/3', () => {
    expect(monthlySeasonality([
      { month: '2024-02', count: 58 },
      { month: '2024-01', count: 20 },
      { month: '2024-01', count: 11 },
    ])).toEqual([
      { month: '2024-01', count: 31, days: 31, perDay: 1, index: 2 / 3 },
      { month: '2024-02', count: 58, days: 29, perDay: 2, index: 4 / 3 },
    ]);
    expect(monthlySeasonality([{ month: '2024-03', count: 5 }])[0]!.index).toBe(1);
  });
});
