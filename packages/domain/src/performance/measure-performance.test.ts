/**
 * The measures over the hand-made month of testing/performance-fixture.ts; every expected figure is
 * worked out by hand in the comments there. Intervals are checked against scipy 1.17
 * (`stats.t.interval`, `stats.ttest_ind(equal_var=False).confidence_interval()`) and the Wilson /
 * Newcombe formulas (their published values are pinned in proportion.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseModel } from '../incidents/testing/parse-model';
import { fixedClock } from '../shared/clock';
import { measurePerformance } from './measure-performance';
import { trendStepDays } from './measure-trend';
import type { AttendanceRecord, PerformanceRecords } from './performance-records';
import { createInMemoryPerformanceQueries } from './testing/in-memory-performance-queries';
import { FIXTURE_NOW, FIXTURE_RECORDS, FIXTURE_SPLIT, FIXTURE_WINDOW } from './testing/performance-fixture';

const model = parseModel(readFileSync(new URL('../../../../models/synthetic.yaml', import.meta.url), 'utf8'), 'synthetic');
const deps = { queries: createInMemoryPerformanceQueries(FIXTURE_RECORDS), model, clock: fixedClock(FIXTURE_NOW) };

describe('measurePerformance over the fixture month', () => {
  it('gives attendance compliance per grade and class, on the call-answered clock', async () => {
    const report = await measurePerformance(deps, FIXTURE_WINDOW);
    const groups = report.measures.attendance.map((group) => ({
      key: `${group.grade} ${group.urbanRural} ${group.clock}`,
      met: group.compliance.successes,
      of: group.compliance.total,
      pending: group.pending,
      assumed: group.classAssumed,
      minutes: group.targetMinutes,
      target: group.targetPercent,
    }));
    expect(groups).toEqual([
      { key: '1 urban call-answered', met: 3, of: 5, pending: 0, assumed: 1, minutes: [15], target: 90 },
      { key: '1 rural call-answered', met: 1, of: 1, pending: 0, assumed: 0, minutes: [20], target: 90 },
      { key: '2 urban call-answered', met: 0, of: 0, pending: 1, assumed: 0, minutes: [60], target: 85 },
      { key: '2 rural call-answered', met: 0, of: 1, pending: 0, assumed: 0, minutes: [60], target: 85 },
    ]);
    const urban = report.measures.attendance[0]!;
    expect(urban.gradeName).toBe('Emergency');
    expect(urban.compliance.rate).toBeCloseTo(0.6, 12);
    expect(urban.compliance.lower).toBeCloseTo(0.2307242812760128, 10);
    expect(urban.compliance.upper).toBeCloseTo(0.882379225767352, 10);
    // Responses 10, 20, 15, 9, 30 minutes.
    expect(urban.responseMinutes).toMatchObject({ count: 5, mean: 16.8, median: 15 });
    expect(urban.responseMinutes.p90).toBeCloseTo(26, 10);
    expect(urban.responseMinutes.lower).toBeCloseTo(6.140475479511959, 8);
    expect(urban.responseMinutes.upper).toBeCloseTo(27.459524520488042, 8);
  });

  it('gives handoffs per case and the end-to-end time from call to finalisation', async () => {
    const { measures } = await measurePerformance(deps, FIXTURE_WINDOW);
    expect(measures.handoffs).toMatchObject({ cases: 11, handoffs: 8, max: 3, maxCaseId: 'C2', singleOwner: { successes: 6, total: 11 } });
    expect(measures.handoffs.perCase.mean).toBeCloseTo(8 / 11, 12);
    expect(measures.handoffs.perCase.lower).toBeCloseTo(0.049383741445657936, 8);
    expect(measures.handoffs.perCase.upper).toBeCloseTo(1.4051617130997966, 8);
    // 48, 144, 48, 24, 96 hours; C3, CR4, C7, CR7, CR6 open; C5 without a stored incident.
    expect(measures.endToEnd).toMatchObject({ open: 5, withoutCall: 1, hours: { count: 5, mean: 72, median: 48 } });
    expect(measures.endToEnd.hours.p90).toBeCloseTo(124.8, 10);
    expect(measures.endToEnd.hours.lower).toBeCloseTo(12.400128086219318, 8);
  });

  it("gives the Resolution Centre's resolution and 48-hour contact rates", async () => {
    const { measures } = await measurePerformance(deps, FIXTURE_WINDOW);
    expect(measures.resolutionCentre).toMatchObject({
      routed: 7,
      resolution: { successes: 2, total: 5 },
      passedOn: 3,
      resolutionPending: 2,
      resolutionTargetPercent: 73,
      contactWithinHours: 48,
      contact: { successes: 1, total: 3 },
      contactPending: 1,
      withoutVictim: 3,
      contactTargetPercent: 98,
    });
    expect(measures.resolutionCentre.resolution.lower).toBeCloseTo(0.11762077423264783, 10);
  });

  it("gives Victims' Code compliance, leaving out pending and withdrawn duties", async () => {
    const { measures } = await measurePerformance(deps, FIXTURE_WINDOW);
    expect(measures.victimUpdates).toMatchObject({
      compliance: { successes: 2, total: 4, rate: 0.5 },
      pending: 1,
      withdrawn: 1,
      eventNotifications: { successes: 2, total: 3 },
      periodicUpdates: { successes: 0, total: 1 },
      targetPercent: null,
    });
  });

  it('states abandonment as not recorded and abstraction as planned in the model', async () => {
    const report = await measurePerformance(deps, FIXTURE_WINDOW);
    expect(report.measures.callAbandonment).toMatchObject({ recorded: false, targets: [{ channelId: '101', targetPercent: 10 }] });
    expect(report.measures.callAbandonment.reason).toMatch(/^not recorded/);
    // sickness 5 + annual leave 12 + training 6 + court 2.
    expect(report.abstraction).toMatchObject({ source: 'model', totalPercent: 25, teams: [] });
  });

  it('gives each area and the incidents placed in none', async () => {
    const report = await measurePerformance(deps, FIXTURE_WINDOW);
    expect(report.areas.map((area) => area.areaId)).toEqual(['north', 'south', null]);
    const [north, south, outside] = report.areas;
    expect(north!.measures.attendance.map((group) => [group.grade, group.urbanRural, group.compliance.successes, group.compliance.total])).toEqual([
      [1, 'urban', 3, 4],
      [1, 'rural', 0, 0],
      [2, 'urban', 0, 0],
      [2, 'rural', 0, 0],
    ]);
    expect(north!.measures.handoffs).toMatchObject({ cases: 7, handoffs: 4 });
    expect(north!.measures.resolutionCentre.resolution).toMatchObject({ successes: 1, total: 3 });
    expect(south!.measures.attendance.map((group) => [group.grade, group.urbanRural, group.compliance.successes, group.compliance.total, group.pending])).toEqual([
      [1, 'urban', 0, 0, 0],
      [1, 'rural', 1, 1, 0],
      [2, 'urban', 0, 0, 1],
      [2, 'rural', 0, 1, 0],
    ]);
    expect(outside!.name).toBe('Outside every area');
    expect(outside!.measures.attendance[0]!).toMatchObject({ grade: 1, urbanRural: 'urban', classAssumed: 1, compliance: { successes: 0, total: 1 } });
  });

  it('reads one area only when asked', async () => {
    const report = await measurePerformance(deps, { ...FIXTURE_WINDOW, areaId: 'south' });
    expect(report.areaId).toBe('south');
    expect(report.areas.map((area) => area.areaId)).toEqual(['south']);
    expect(report.measures.handoffs.cases).toBe(4);
    expect(report.measures.victimUpdates.compliance).toMatchObject({ successes: 0, total: 1 });
  });

  it('compares before and after the chosen date with Newcombe and Welch intervals', async () => {
    const report = await measurePerformance(deps, { ...FIXTURE_WINDOW, splitAt: FIXTURE_SPLIT });
    const differences = new Map(report.comparison!.differences.map((difference) => [difference.id, difference]));
    expect([...differences.keys()]).toEqual([
      'attendance-grade-1-urban-call-answered',
      'attendance-grade-1-rural-call-answered',
      'attendance-grade-2-urban-call-answered',
      'attendance-grade-2-rural-call-answered',
      'handoffs-per-case',
      'single-owner-cases',
      'end-to-end-hours',
      'resolution-centre-resolution',
      'resolution-centre-contact',
      'victim-update-compliance',
    ]);
    // Grade 1 urban: before 1/2 (A1 met, A2 missed), after 2/3 (A5, A6 met, A7 missed).
    const urban = differences.get('attendance-grade-1-urban-call-answered')!;
    expect(urban).toMatchObject({ before: 0.5, beforeCount: 2, afterCount: 3, significant: false });
    expect(urban.after).toBeCloseTo(2 / 3, 12);
    expect(urban.difference).toBeCloseTo(1 / 6, 12);
    expect(urban.lower).toBeCloseTo(-0.4457812328619246, 10);
    expect(urban.upper).toBeCloseTo(0.6548292253357504, 10);
    expect(urban.note).toMatch(/^not significant.*caution/);
    // Grade 1 rural only before: nothing to compare.
    expect(differences.get('attendance-grade-1-rural-call-answered')).toMatchObject({ before: 1, after: null, difference: null, significant: null, note: 'no comparison: a period has no data' });
    // Handoffs: before 0, 3, 1, 0 (mean 1); after 0, 2, 1, 0, 1, 0, 0 (mean 4/7). Welch: scipy ttest_ind(equal_var=False).
    const handoffs = differences.get('handoffs-per-case')!;
    expect(handoffs.difference).toBeCloseTo(4 / 7 - 1, 12);
    expect(handoffs.lower).toBeCloseTo(-2.539798959305279, 6);
    expect(handoffs.upper).toBeCloseTo(1.6826561021624216, 6);
    // End to end: before 48, 144, 48 (mean 80); after 24, 96 (mean 60).
    const endToEnd = differences.get('end-to-end-hours')!;
    expect(endToEnd).toMatchObject({ before: 80, after: 60, difference: -20 });
    expect(endToEnd.lower).toBeCloseTo(-195.12834890606396, 5);
    // Resolution Centre: before 2/3, after 0/2; contact before 1/1, after 0/2.
    expect(differences.get('resolution-centre-resolution')!.lower).toBeCloseTo(-0.9385080552796037, 10);
    expect(differences.get('resolution-centre-contact')).toMatchObject({ before: 1, after: 0, difference: -1, lower: -1 });
    // Victims: before 1/3, after 1/1.
    expect(differences.get('victim-update-compliance')!.upper).toBeCloseTo(0.9385080552796039, 10);
    expect(report.comparison!.before.handoffs.cases + report.comparison!.after.handoffs.cases).toBe(11);
  });

  it('calls a large change significant', async () => {
    // 40 Grade 1 urban incidents a day apart: the first 20 (before) all late, the last 20 all on time.
    const attendances: AttendanceRecord[] = Array.from({ length: 40 }, (_, index) => {
      const callAnsweredAt = new Date(Date.UTC(2026, 0, 1 + index, 10));
      const minutes = index < 20 ? 25 : 10;
      return { incidentId: `G${index}`, areaId: 'north', callAnsweredAt, grade: 1, gradedAt: callAnsweredAt, target: { clock: 'call-answered', minutes: 15, urbanRural: 'urban', classAssumed: false }, dispatchedAt: callAnsweredAt, enRouteAt: null, arrivedAt: new Date(callAnsweredAt.getTime() + minutes * 60_000) };
    });
    const records: PerformanceRecords = { attendances, cases: [], resolutionCentre: [], victimDuties: [] };
    const report = await measurePerformance({ ...deps, queries: createInMemoryPerformanceQueries(records) }, { from: new Date('2026-01-01T00:00Z'), to: new Date('2026-03-01T00:00Z'), splitAt: new Date('2026-01-21T00:00Z') });
    const difference = report.comparison!.differences.find((candidate) => candidate.id === 'attendance-grade-1-urban-call-answered');
    expect(difference).toMatchObject({ before: 0, after: 1, difference: 1, significant: true });
    expect(difference!.note).toBe('significant at the 5 % level: the 95 % interval of the change excludes 0');
  });

  it('gives the trend week by week from the window start, the last week short', async () => {
    const report = await measurePerformance(deps, FIXTURE_WINDOW);
    // February 2026 is exactly four weeks.
    expect(report.trend.map((period) => period.from.toISOString().slice(0, 10))).toEqual(['2026-02-01', '2026-02-08', '2026-02-15', '2026-02-22']);
    expect(report.trend.at(-1)!.to).toEqual(FIXTURE_WINDOW.to);
    // Grade 1 urban: week 1 A1 met, A2 missed; week 3 A5, A6 met, A7 missed.
    expect(report.trend.map((period) => period.measures.attendance[0]!.compliance.successes + '/' + period.measures.attendance[0]!.compliance.total)).toEqual(['1/2', '0/0', '2/3', '0/0']);
    expect(report.trend.reduce((sum, period) => sum + period.measures.handoffs.cases, 0)).toBe(11);
  });

  it('steps in whole weeks, at most 26 periods (365 days at 14 would be 27)', () => {
    expect([1, 28, 182, 183, 365, 366, 3650].map(trendStepDays)).toEqual([7, 7, 7, 14, 21, 21, 147]);
  });

  it('refuses a bad window, area or comparison date, naming the field', async () => {
    await expect(measurePerformance(deps, { from: FIXTURE_WINDOW.to, to: FIXTURE_WINDOW.from })).rejects.toMatchObject({ code: 'VALIDATION', field: 'to' });
    await expect(measurePerformance(deps, { ...FIXTURE_WINDOW, areaId: 'east' })).rejects.toMatchObject({ code: 'VALIDATION', field: 'area' });
    await expect(measurePerformance(deps, { ...FIXTURE_WINDOW, splitAt: new Date('2026-04-01T00:00Z') })).rejects.toMatchObject({ code: 'VALIDATION', field: 'before' });
    await expect(measurePerformance(deps, { from: new Date('nope'), to: FIXTURE_WINDOW.to })).rejects.toMatchObject({ code: 'VALIDATION', field: 'from' });
  });
});
