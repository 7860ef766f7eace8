/**
 * A 6-area weekly rota: per area, the 168 hours of a week, 8-, 10- and 12-hour shifts starting at
 * every hour (cyclic over the week: Sunday's late shifts run into Monday) — 504 integer variables
 * and 168 cover rows per area — solved to optimality by HiGHS in its worker thread, minimising paid
 * officer-hours (cost = shift length). Target (issue 5): the six areas in under 10 s.
 *
 * Requirement: the synthetic force's demand (simulation/testing/synthetic-force.ts: a day/night
 * cycle peaking at 22:00 at four times the 04:00 trough, Friday and Saturday nights 30 % busier;
 * areas ±30 %) at 600 incidents a day; per area and hour the Grade 1–2 arrival rate, the mean
 * officer time per job (PC minutes × units sent, weighted by the type mix), and the officers on
 * duty needed for 90 % of jobs to wait at most 5 minutes for a free officer under Erlang C
 * (staffErlangC) — the PCAM-style requirement `peel plan` feeds this solver.
 *
 * Also printed, for scale: the posts behind each optimum (40 contracted hours a week, the synthetic
 * force's 22 % abstraction) against those of Wiltshire's fixed five-relief cpt-5 pattern
 * (evaluateRotatingPattern) meeting the same requirement.
 *
 * Baseline in the same run: the LP relaxation of the same six problems (fractional officers), so
 * the ratio says what integrality costs in time, and its bound what it costs in officer-hours.
 * Run: npm run bench -- packages/engine/src/rota
 */
import { afterAll, beforeAll, bench, describe } from 'vitest';
import { minutes, perHour, probability } from '../units';
import { HOURS_PER_WEEK } from '../demand/hour-of-week';
import { staffErlangC } from '../queueing/staffing';
import { createSyntheticForce } from '../simulation/testing/synthetic-force';
import { createHighsSolver, type HighsSolver } from './create-highs-solver';
import { shiftsAtEveryStart } from './shifts-at-every-start';
import { relaxShiftCover, solveShiftCover, type ShiftCoverResult } from './solve-shift-cover';
import { evaluateRotatingPattern } from './rotating-pattern';
import { postsFromDutyHours } from './posts';

const AREAS = 6;
const force = createSyntheticForce({ areas: AREAS, incidentsPerDay: 600, emergencyCallsPerDay: 400, routineCallsPerDay: 2000, constablesPerArea: 70, callHandlers: 60, days: 7, seed: 1 });
const typeMix = force.demandTypes.map((type) => ({ id: type.id, minutes: (type.timeTakenMinutes.PC ?? 0) * (type.unitsRequired ?? 1) }));

/** Officers on duty needed per hour of the week in each area (see the file comment). */
const requirements = force.model.geography.areas.map((area) => {
  const rate = new Array<number>(HOURS_PER_WEEK).fill(0);
  const officerMinutes = new Array<number>(HOURS_PER_WEEK).fill(0);
  for (const row of force.demand) {
    if (row.area !== area.id || row.grade > 2) continue;
    rate[row.hourOfWeek]! += row.perHour;
    officerMinutes[row.hourOfWeek]! += row.perHour * typeMix.find((type) => type.id === row.demandType)!.minutes;
  }
  return rate.map((lambda, hour) =>
    lambda === 0 ? 0 : staffErlangC({ arrivalRate: perHour(lambda), meanServiceTime: minutes(officerMinutes[hour]! / lambda), targetWait: minutes(5), serviceLevel: probability(0.9) }).servers,
  );
});
const shifts = shiftsAtEveryStart({ periods: HOURS_PER_WEEK, lengths: [8, 10, 12], cyclic: true, cost: (_start, length) => length });
const TIME_LIMIT_SECONDS = 60;
const ABSTRACTION = 0.22;
/** models/wiltshire.yaml, cpt-5. */
const CPT_5 = { id: 'cpt-5', rotatingTeams: 5, shifts: [{ id: 'early', start: '07:00', durationHours: 10 }, { id: 'late', start: '15:00', durationHours: 10 }, { id: 'night', start: '22:00', durationHours: 10 }] };

let solver: HighsSolver;
const mipRuns: { ms: number[]; results: ShiftCoverResult[] }[] = [];
const lpRuns: { ms: number[]; costs: number[] }[] = [];

beforeAll(async () => {
  solver = await createHighsSolver();
  await relaxShiftCover({ required: requirements[0]!, shifts }, solver); // start the worker and load HiGHS outside the timings
});

async function solveAll(): Promise<void> {
  const run: (typeof mipRuns)[number] = { ms: [], results: [] };
  for (const required of requirements) {
    const started = performance.now();
    run.results.push(await solveShiftCover({ required, shifts, timeLimitSeconds: TIME_LIMIT_SECONDS }, solver));
    run.ms.push(performance.now() - started);
  }
  mipRuns.push(run);
}

async function relaxAll(): Promise<void> {
  const run: (typeof lpRuns)[number] = { ms: [], costs: [] };
  for (const required of requirements) {
    const started = performance.now();
    run.costs.push((await relaxShiftCover({ required, shifts }, solver)).cost);
    run.ms.push(performance.now() - started);
  }
  lpRuns.push(run);
}

describe(`weekly rota, ${AREAS} areas × 168 hours, 8/10/12-hour shifts at every hour (${shifts.length} integer variables an area)`, () => {
  bench('integer optimum (HiGHS MIP, worker thread)', solveAll, { iterations: 3, time: 0, warmupIterations: 0 });
  bench('baseline: LP relaxation (fractional officers)', relaxAll, { iterations: 3, time: 0, warmupIterations: 0 });
});

afterAll(async () => {
  await solver.close();
  if (mipRuns.length === 0 || lpRuns.length === 0) return;
  const total = (ms: number[]) => ms.reduce((a, b) => a + b, 0);
  const median = <T>(runs: T[], key: (run: T) => number) => [...runs].sort((a, b) => key(a) - key(b))[Math.floor(runs.length / 2)]!;
  const mip = median(mipRuns, (run) => total(run.ms));
  const lp = median(lpRuns, (run) => total(run.ms));
  const lines = mip.results.map((result, a) => {
    const required = requirements[a]!;
    const limit = result.status === 'optimal' ? '' : `, ${result.status}: gap ${(result.gap * 100).toFixed(2)} %`;
    const posts = postsFromDutyHours({ dutyHoursPerWeek: result.cost, abstraction: ABSTRACTION }).posts;
    const pattern = evaluateRotatingPattern({ pattern: CPT_5, required, abstraction: ABSTRACTION });
    return (
      `  area ${a + 1}: need ${Math.min(...required)}–${Math.max(...required)} on duty; ${result.status} ${result.cost} officer-hours, ${result.officers} shifts ` +
      `(LP bound ${lp.costs[a]!.toFixed(1)})${limit} in ${(mip.ms[a]! / 1000).toFixed(2)} s (HiGHS ${result.seconds.toFixed(2)} s); ${posts} posts against cpt-5's ${pattern.posts}`
    );
  });
  console.log(
    [
      `weekly rota, ${AREAS} areas: ${(total(mip.ms) / 1000).toFixed(2)} s in all (median of ${mipRuns.length}; target < 10 s), ${(total(mip.ms) / total(lp.ms)).toFixed(1)}× the LP relaxation's ${(total(lp.ms) / 1000).toFixed(2)} s`,
      ...lines,
    ].join('\n'),
  );
});
