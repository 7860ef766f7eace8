/**
 * Recommendation benchmarks (`npm run bench`). Target (issue 7): with 1,000 units on duty a
 * recommendation request answers in p99 < 10 ms at the HTTP layer, so the domain's share must be a
 * small fraction of that. A seeded synthetic force in Kent's extent: 1,000 units on duty in 12
 * towns (75 % available; 70 % PC crews, 30 % PCSOs), an urban Grade 1 incident needing arrest,
 * and Grade 1 cover measured over 13 district areas and over 300 ward areas.
 *
 * Baseline, measured in the same run: cover found by scanning every unit for every area (what the
 * grid replaces). Besides vitest's table (mean, p75, p99, "× faster than"), afterAll prints medians
 * and p99s from batches timed with performance.now(), and the grid/scan ratio.
 */
import { afterAll, bench, describe } from 'vitest';
import type { CoverageArea } from './coverage-area';
import type { DispatchIncident } from './dispatch-incident';
import { recommendUnits, type RecommendUnitsInput } from './recommend-units';
import { makeUnit } from './testing/make-unit';
import type { Unit } from './unit';

/** mulberry32: a small seeded PRNG (Tommy Ettinger), so every run benchmarks the same force. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const rand = random(7);
const NOW = new Date('2024-03-01T23:00:00Z');
// Kent's extent, roughly: 51.0–51.5 N, 0.0–1.45 E.
const towns = Array.from({ length: 12 }, () => ({ lat: 51.0 + 0.5 * rand(), lon: 1.45 * rand() }));
const near = (centre: { lat: number; lon: number }, spread: number) => ({ lat: centre.lat + spread * (rand() - 0.5), lon: centre.lon + 1.6 * spread * (rand() - 0.5) });

const units: Unit[] = Array.from({ length: 1_000 }, (_, i) => {
  const town = towns[i % towns.length] as { lat: number; lon: number };
  const isPcso = rand() < 0.3;
  return makeUnit({
    id: `u${i}`,
    callSign: `K${i}`,
    areaId: `district-${i % 13}`,
    teamKind: isPcso ? 'neighbourhood' : 'response',
    status: rand() < 0.75 ? 'available' : 'en-route',
    capabilities: isPcso
      ? { roles: ['PCSO'], powers: ['detain', 'take-statement'], skills: [], officerCount: 1 }
      : { roles: ['PC'], powers: ['arrest', 'detain', 'use-of-force'], skills: [], officerCount: 1 + (i % 2) },
    position: { ...near(town, 0.12), at: new Date(NOW.getTime() - Math.floor(rand() * 8) * 60_000) },
  });
});

const areasOf = (count: number): CoverageArea[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `area-${i}`,
    centroid: rand() < 0.7 ? near(towns[i % towns.length] as { lat: number; lon: number }, 0.2) : { lat: 51.0 + 0.5 * rand(), lon: 1.45 * rand() },
    urbanRural: rand() < 0.6 ? 'urban' : 'rural',
    targetMinutes: 15,
  }));
const districts = areasOf(13);
const wards = areasOf(300);

const incident: DispatchIncident = {
  id: 'inc-bench',
  grade: 1,
  location: near(towns[3] as { lat: number; lon: number }, 0.05),
  areaId: 'district-3',
  urbanRural: 'urban',
  requirements: { powers: ['arrest'] },
  preferredTeamKinds: ['response'],
  callAnsweredAt: new Date(NOW.getTime() - 2 * 60_000),
  gradedAt: new Date(NOW.getTime() - 60_000),
  attendanceTarget: { grade: 1, minutes: 15, clock: 'call-answered', urbanRural: 'urban' },
};
const requirements = { powers: ['arrest' as const] };

const inputs: Record<string, RecommendUnitsInput> = {
  noCover: { incident, units, now: NOW },
  districtsGrid: { incident, units, now: NOW, coverage: { areas: districts, requirements } },
  wardsGrid: { incident, units, now: NOW, coverage: { areas: wards, requirements } },
  wardsScan: { incident, units, now: NOW, coverage: { areas: wards, requirements }, neighbourSearch: 'linear' },
  districtsScan: { incident, units, now: NOW, coverage: { areas: districts, requirements }, neighbourSearch: 'linear' },
};

let sink = 0;
const run = (input: RecommendUnitsInput) => {
  sink += recommendUnits(input).recommendations.length;
};

describe('recommendUnits, 1,000 units on duty, cover of 300 ward areas', () => {
  bench('grid (the code)', () => run(inputs.wardsGrid as RecommendUnitsInput));
  bench('baseline: scan every unit for every area', () => run(inputs.wardsScan as RecommendUnitsInput));
});

describe('recommendUnits, 1,000 units on duty, cover of 13 district areas', () => {
  bench('grid (the code)', () => run(inputs.districtsGrid as RecommendUnitsInput));
  bench('baseline: scan every unit for every area', () => run(inputs.districtsScan as RecommendUnitsInput));
  bench('no cover assessed (filters, travel, ranking only)', () => run(inputs.noCover as RecommendUnitsInput));
});

/** Median and p99 of single calls, in µs, after a warm-up. */
function timings(input: RecommendUnitsInput, calls: number): { median: number; p99: number } {
  for (let i = 0; i < 50; i++) run(input);
  const times: number[] = [];
  for (let i = 0; i < calls; i++) {
    const start = performance.now();
    run(input);
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(calls / 2)] as number, p99: times[Math.floor(calls * 0.99)] as number };
}

afterAll(() => {
  const rows = Object.entries(inputs).map(([name, input]) => [name, timings(input, 1_000)] as const);
  const of = (name: string) => (rows.find(([row]) => row === name) as (typeof rows)[number])[1];
  const line = ([name, t]: (typeof rows)[number]) => `  ${name.padEnd(14)} median ${t.median.toFixed(0).padStart(6)} µs   p99 ${t.p99.toFixed(0).padStart(6)} µs`;
  // console, not process: the domain may not touch process (dependency rule).
  console.log(
    [
      '',
      'recommendUnits, 1,000 units on duty (1,000 single calls each):',
      ...rows.map(line),
      `  ratio grid/scan, 300 wards: median ${(of('wardsGrid').median / of('wardsScan').median).toFixed(3)}, p99 ${(of('wardsGrid').p99 / of('wardsScan').p99).toFixed(3)}`,
      `  ratio grid/scan, 13 districts: median ${(of('districtsGrid').median / of('districtsScan').median).toFixed(3)}`,
      `  the domain's share of the 10,000 µs HTTP p99 budget (300 wards): median ${of('wardsGrid').median.toFixed(0)} µs = ${((100 * of('wardsGrid').median) / 10_000).toFixed(1)} %`,
      '  (single-call p99s include garbage collection and, on a shared machine, other processes)',
      `  (checksum ${sink > 0 ? 'ok' : 'zero'})`,
      '',
    ].join('\n'),
  );
});
